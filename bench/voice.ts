// `npm run bench:voice`: simulated candidates (1, 10, 50) running whole interviews over the voice socket
// with typed answers and espeak-ng speech; each listens to a question for as long as its audio plays,
// then answers at once. Server and clients share this process, so CPU and memory are
// the sum of both (an upper bound for the server).
import { cpus } from "node:os";
import { voiceLatency } from "./voice-latency";

const results = [];
for (const clients of [1, 10, 50]) results.push(await voiceLatency(clients));
// A stress figure beyond any real use: every candidate answers the instant the audio arrives.
for (const clients of [10, 50]) results.push(await voiceLatency(clients, false));
console.log(
  JSON.stringify(
    {
      machine: { cpus: cpus().length, node: process.version },
      targets: { p95At10: "< 150 ms", p95At50: "< 400 ms" },
      results,
    },
    null,
    2,
  ),
);
process.exit(0);
