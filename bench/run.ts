// `npm run bench`: every benchmark of the product, printed as one JSON document.
import { spawnSync } from "node:child_process";
import { cpus, loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import { answerLatency } from "./answer-latency";
import { evaluatorThroughput } from "./evaluator-throughput";

const root = fileURLToPath(new URL("..", import.meta.url));

/** A package's own bench script, run in its own process (each prints one JSON document). */
function packageBench(script: string): unknown {
  const run = spawnSync(process.execPath, ["--import", "tsx", script], {
    cwd: root,
    encoding: "utf8",
    timeout: 600_000,
  });
  const start = run.stdout.indexOf("{");
  if (run.status !== 0 || start < 0) return { error: `${script} failed`, stderr: run.stderr.slice(-2000) };
  return JSON.parse(run.stdout.slice(start));
}

const results = {
  machine: { cpus: cpus().length, node: process.version, loadAverage: loadavg() },
  evaluator: evaluatorThroughput(),
  answerRoute: {
    paced: await answerLatency(20, 1000),
    burst: await answerLatency(20, 0),
  },
  llm: packageBench("packages/providers/bench/llm-overhead.ts"),
  resume: packageBench("packages/resume/bench/resume-bench.ts"),
  sandbox: packageBench("packages/sandbox/bench/sandbox-bench.ts"),
  whiteboard: packageBench("packages/whiteboard/bench/analyze-bench.ts"),
};
console.log(JSON.stringify(results, null, 2));
process.exit(0);
