// The container rules of `npm run lint:containers`, as a function of the files' text so they can be tested
// (scripts/container-rules.test.ts). No Docker engine runs here: what a container would see is worked out
// from the files, the way Docker Compose does it.
import { validate } from "dockerfile-utils";
import { parse } from "yaml";

/** Every problem found in the Dockerfile, docker-compose.yml, the Caddyfile and .env.example. */
export function containerProblems({ dockerfile, compose: composeText, caddyfile, envExample }) {
  const problems = [];
  for (const d of validate(dockerfile)) problems.push(`Dockerfile:${d.range.start.line + 1}: ${d.message}`);
  problems.push(...dockerfileProblems(dockerfile));
  const compose = parse(composeText, { merge: true });
  const services = compose.services ?? {};
  const example = envFile(envExample);
  problems.push(...topologyProblems(compose, caddyfile));
  problems.push(...environmentProblems(services, imageEnv(dockerfile), example));
  for (const [, name] of composeText.matchAll(/\$\{([A-Z][A-Z0-9_]*)/g)) {
    if (!(name in example)) problems.push(`compose: \${${name}} is not in .env.example (the .env it reads)`);
  }
  return [...new Set(problems)];
}

export function stageCount(dockerfile) {
  return [...dockerfile.matchAll(/^FROM\s/gim)].length;
}

function dockerfileProblems(dockerfile) {
  const problems = [];
  const froms = [...dockerfile.matchAll(/^FROM\s+(\S+)(?:\s+AS\s+(\S+))?/gim)];
  if (froms.length < 2) problems.push("Dockerfile: expected a multi-stage build");
  for (const [, image] of froms) {
    if (!image.includes(":") || image.endsWith(":latest"))
      problems.push(`Dockerfile: pin a tag for ${image}`);
  }
  const finalStage = dockerfile.slice(froms.at(-1)?.index ?? 0);
  if (!/^USER\s+(?!root\b|0\b)\S+/m.test(finalStage))
    problems.push("Dockerfile: the runtime stage runs as root");
  if (!/^HEALTHCHECK\s/m.test(finalStage)) problems.push("Dockerfile: the runtime stage has no HEALTHCHECK");
  for (const run of dockerfile.matchAll(/^RUN\s[\s\S]*?(?<!\\)\n/gm)) {
    const text = run[0];
    if (/apt-get install/.test(text) && !/--no-install-recommends/.test(text))
      problems.push("Dockerfile: apt-get install without --no-install-recommends");
    if (/apt-get install/.test(text) && !/rm -rf \/var\/lib\/apt\/lists/.test(text))
      problems.push("Dockerfile: apt lists left in the layer");
    if (/apt-get install/.test(text) && !/apt-get update/.test(text))
      problems.push("Dockerfile: apt-get install in a RUN without apt-get update");
    if (/\bsudo\b/.test(text)) problems.push("Dockerfile: sudo in RUN");
  }
  return problems;
}

const roleOf = (service) => service.environment?.ROLE;

function topologyProblems(compose, caddyfile) {
  const problems = [];
  const services = compose.services ?? {};
  const apis = Object.entries(services).filter(([, s]) => roleOf(s) === "api");
  const workers = Object.entries(services).filter(([, s]) => roleOf(s) === "worker");
  if (apis.length < 2) problems.push("compose: expected two api nodes");
  if (workers.length < 2) problems.push("compose: expected two workers");
  for (const name of ["postgres", "redis", "proxy"])
    if (!services[name]) problems.push(`compose: no ${name}`);
  for (const [name, s] of [...apis, ...workers]) {
    for (const key of ["DATABASE_URL", "REDIS_URL", "SESSION_SECRET"]) {
      if (!s.environment?.[key]) problems.push(`compose: ${name} lacks ${key} (shared by every node)`);
    }
    for (const dep of ["postgres", "redis"]) {
      if (s.depends_on?.[dep]?.condition !== "service_healthy")
        problems.push(`compose: ${name} should wait for a healthy ${dep}`);
    }
  }
  for (const [name, s] of Object.entries(services)) {
    for (const { source } of mounts(s)) {
      if (!source.startsWith(".") && !source.startsWith("/") && !(source in (compose.volumes ?? {})))
        problems.push(`compose: ${name} uses undeclared volume ${source}`);
    }
  }
  for (const [name] of apis)
    if (!caddyfile.includes(`${name}:8000`)) problems.push(`Caddyfile: ${name} not proxied`);
  return problems;
}

/**
 * What each node's process sees, as Compose builds it: the image's ENV, overridden by `env_file` (the
 * .env copied from .env.example), overridden by `environment`. A node listening on loopback is out of
 * the proxy's reach, and recordings on a node's own disk are missing on the others.
 */
function environmentProblems(services, image, example) {
  const problems = [];
  const nodes = Object.entries(services).filter(([, s]) => ["api", "worker"].includes(roleOf(s)));
  const recordingVolumes = new Set();
  for (const [name, service] of nodes) {
    const env = { ...image, ...(service.env_file ? example : {}), ...service.environment };
    if (!["0.0.0.0", "::"].includes(env.HOST))
      problems.push(
        `compose: ${name} listens on ${env.HOST ?? "127.0.0.1"}, out of the proxy's reach (HOST)`,
      );
    if (env.NODE_ENV !== "production") problems.push(`compose: ${name} runs with NODE_ENV=${env.NODE_ENV}`);
    const dataDir = env.DATA_DIR ?? "./data";
    const targets = mounts(service).map((m) => m.target);
    if (!targets.includes(dataDir)) problems.push(`compose: ${name}'s DATA_DIR ${dataDir} is not a volume`);
    if (roleOf(service) !== "api" || env.STORAGE_PROVIDER === "s3") continue;
    const shared = mounts(service).find((m) => m.target === `${dataDir}/recordings`);
    if (!shared)
      problems.push(`compose: ${name} keeps recordings on its own disk (share ${dataDir}/recordings)`);
    else recordingVolumes.add(shared.source);
  }
  if (recordingVolumes.size > 1)
    problems.push(`compose: api nodes keep recordings on different volumes (${[...recordingVolumes]})`);
  return problems;
}

function mounts(service) {
  return (service.volumes ?? []).map((volume) => {
    const [source = "", target = ""] = String(volume).split(":");
    return { source, target };
  });
}

/** The ENV of the Dockerfile's last stage (`ENV A=1 B=2` and `ENV A 1` forms). */
function imageEnv(dockerfile) {
  const froms = [...dockerfile.matchAll(/^FROM\s/gim)];
  const finalStage = dockerfile.slice(froms.at(-1)?.index ?? 0);
  const env = {};
  for (const [, body] of finalStage.matchAll(/^ENV\s+(.+)$/gm)) {
    const pairs = [...body.matchAll(/([A-Za-z_][A-Za-z0-9_]*)=("[^"]*"|\S*)/g)];
    if (pairs.length === 0) {
      const [key, ...rest] = body.trim().split(/\s+/);
      env[key] = rest.join(" ");
    }
    for (const [, key, value] of pairs) env[key] = value.replace(/^"|"$/g, "");
  }
  return env;
}

/** KEY=value lines of an env file; comments and blank lines skipped. */
export function envFile(text) {
  const env = {};
  for (const line of text.split("\n")) {
    const match = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(line.trim());
    if (match) env[match[1]] = match[2];
  }
  return env;
}
