// `npm run bench`: every benchmark of the product, printed as one JSON document.
import { answerLatency } from "./answer-latency";
import { evaluatorThroughput } from "./evaluator-throughput";

const results = {
  machine: { cpus: (await import("node:os")).cpus().length, node: process.version },
  evaluator: evaluatorThroughput(),
  answerRoute: {
    paced: await answerLatency(20, 1000),
    burst: await answerLatency(20, 0),
  },
};
console.log(JSON.stringify(results, null, 2));
process.exit(0);
