// Lints the container files without a Docker engine (none on these machines, and hadolint is in neither
// Debian nor npm): the Dockerfile through dockerfile-utils (the validator behind VS Code's Docker
// support) plus the rules in container-rules.mjs, and docker-compose.yml against the topology README
// documents and against what each node's process would see.
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { containerProblems, stageCount } from "./container-rules.mjs";

const files = {
  dockerfile: readFileSync("Dockerfile", "utf8"),
  compose: readFileSync("docker-compose.yml", "utf8"),
  caddyfile: readFileSync("deploy/Caddyfile", "utf8"),
  envExample: readFileSync(".env.example", "utf8"),
};
const problems = containerProblems(files);
if (problems.length > 0) {
  console.error(problems.join("\n"));
  process.exit(1);
}
const services = Object.keys(parse(files.compose, { merge: true }).services ?? {});
console.log(
  `containers: Dockerfile (${stageCount(files.dockerfile)} stages) and docker-compose.yml (${services.length} services) pass`,
);
