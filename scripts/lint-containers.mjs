// Lints the container files without a Docker engine (none on these machines, and hadolint is in neither
// Debian nor npm): the Dockerfile through dockerfile-utils (the validator behind VS Code's Docker
// support) plus the rules below, and docker-compose.yml against the topology README documents.
import { readFileSync } from "node:fs";
import { validate } from "dockerfile-utils";
import { parse } from "yaml";

const problems = [];
const dockerfile = readFileSync("Dockerfile", "utf8");
for (const d of validate(dockerfile)) problems.push(`Dockerfile:${d.range.start.line + 1}: ${d.message}`);

const froms = [...dockerfile.matchAll(/^FROM\s+(\S+)(?:\s+AS\s+(\S+))?/gim)];
if (froms.length < 2) problems.push("Dockerfile: expected a multi-stage build");
for (const [, image] of froms) {
  if (!image.includes(":") || image.endsWith(":latest")) problems.push(`Dockerfile: pin a tag for ${image}`);
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

const compose = parse(readFileSync("docker-compose.yml", "utf8"), { merge: true });
const services = compose.services ?? {};
const roleOf = (s) => s.environment?.ROLE;
const apis = Object.entries(services).filter(([, s]) => roleOf(s) === "api");
const workers = Object.entries(services).filter(([, s]) => roleOf(s) === "worker");
if (apis.length < 2) problems.push("compose: expected two api nodes");
if (workers.length < 2) problems.push("compose: expected two workers");
for (const name of ["postgres", "redis", "proxy"]) if (!services[name]) problems.push(`compose: no ${name}`);
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
  for (const volume of s.volumes ?? []) {
    const source = String(volume).split(":")[0];
    if (!source.startsWith(".") && !source.startsWith("/") && !(source in (compose.volumes ?? {})))
      problems.push(`compose: ${name} uses undeclared volume ${source}`);
  }
}
const caddy = readFileSync("deploy/Caddyfile", "utf8");
for (const [name] of apis)
  if (!caddy.includes(`${name}:8000`)) problems.push(`Caddyfile: ${name} not proxied`);

if (problems.length > 0) {
  console.error(problems.join("\n"));
  process.exit(1);
}
console.log(
  `containers: Dockerfile (${froms.length} stages) and docker-compose.yml (${Object.keys(services).length} services) pass`,
);
