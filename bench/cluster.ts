// `npm run bench:cluster`: 100 text and 20 voice interviews at once across two API processes (and one
// worker), then the same load on one API process, plus coding jobs per second through the worker.
// Real processes on PostgreSQL and Redis (TEST_DATABASE_URL/TEST_REDIS_URL, or started on ports of
// their own). Clients run in this process; the machine's load is reported with the figures.
import { cpus, loadavg } from "node:os";
import { Redis } from "ioredis";
import { call, Nodes, signUp } from "../test/cluster/http";
import { backingServices, freshDatabase, type NodeProcess, startNode } from "../test/cluster/processes";
import { VoiceSocket } from "../test/cluster/voice-candidate";

const TEXT = Number(process.env.BENCH_TEXT ?? 100);
const VOICE = Number(process.env.BENCH_VOICE ?? 20);
const JOBS = Number(process.env.BENCH_JOBS ?? 40);
const ANSWER =
  "저는 결제 API의 응답 시간을 2.8초에서 0.4초로 줄였습니다. 먼저 APM으로 병목을 측정했고, 캐시와 쿼리 개선을 적용한 뒤 지표로 효과를 확인했습니다.";

const p = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round((sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0) * 10) / 10;
};
const summary = (values: number[]) => ({ n: values.length, p50: p(values, 0.5), p95: p(values, 0.95) });

async function textInterview(nodes: Nodes, token: string, i: number, times: number[]) {
  const created = await call(nodes.pick(i), token, "POST", "/api/sessions", {
    language: "ko",
    questionCount: 3,
  });
  let question = created.body.question;
  let turn = i;
  while (question) {
    const started = performance.now();
    const reply = await call(nodes.pick(++turn), token, "POST", `/api/sessions/${created.body.id}/answers`, {
      questionId: question.id,
      text: ANSWER,
      durationMs: 30_000,
    });
    if (reply.status !== 200) throw new Error(`answer ${reply.status}: ${JSON.stringify(reply.body)}`);
    times.push(performance.now() - started);
    question = reply.body.next;
  }
}

async function voiceInterview(nodes: Nodes, token: string, i: number, times: number[]) {
  const url = nodes.pick(i);
  const created = await call(url, token, "POST", "/api/sessions", {
    language: "ko",
    mode: "voice",
    questionCount: 3,
  });
  const socket = await VoiceSocket.open(url, created.body.id, token);
  let from = 0;
  let { index } = await socket.waitFor((m) => m.type === "ai_transcript_chunk" && m.done, from);
  for (;;) {
    from = index + 1;
    const started = performance.now();
    socket.send({ type: "answer_text", text: ANSWER, durationMs: 20_000 });
    const next = await socket.waitFor(
      (m) => (m.type === "ai_transcript_chunk" && m.done) || m.type === "interview_ended",
      from,
    );
    if (next.message.type === "interview_ended") break;
    times.push(performance.now() - started);
    index = next.index;
  }
  socket.socket.close();
}

async function codingJobs(nodes: Nodes, tokens: string[]) {
  const started = performance.now();
  let done = 0;
  const lanes = Array.from({ length: 8 }, async (_, lane) => {
    for (let j = lane; j < JOBS; j += 8) {
      const reply = await call(nodes.pick(j), tokens[j % tokens.length]!, "POST", "/api/coding/execute", {
        language: "python",
        source: `print(${j} * 2)`,
      });
      if (reply.status === 200 && reply.body.stdout === `${j * 2}\n`) done++;
    }
  });
  await Promise.all(lanes);
  const seconds = (performance.now() - started) / 1000;
  return {
    jobs: JOBS,
    succeeded: done,
    seconds: Math.round(seconds * 10) / 10,
    jobsPerSecond: Math.round((done / seconds) * 100) / 100,
  };
}

async function load(nodes: Nodes, tokens: string[]) {
  const answers: number[] = [];
  const turns: number[] = [];
  const before = loadavg()[0];
  const started = performance.now();
  await Promise.all([
    ...tokens.slice(0, TEXT).map((t, i) => textInterview(nodes, t, i, answers)),
    ...tokens.slice(TEXT, TEXT + VOICE).map((t, i) => voiceInterview(nodes, t, i, turns)),
  ]);
  const seconds = (performance.now() - started) / 1000;
  return {
    apiNodes: nodes.urls.length,
    answerMs: summary(answers),
    voiceTurnMs: summary(turns),
    seconds: Math.round(seconds),
    coding: await codingJobs(nodes, tokens),
    loadAverage1m: { before: Math.round(before! * 10) / 10, after: Math.round(loadavg()[0]! * 10) / 10 },
  };
}

const { databaseServer, redisServer } = backingServices();
const redisUrl = new URL(redisServer);
redisUrl.pathname = "/8";
const redis = new Redis(redisUrl.toString());
await redis.flushdb();
const env = {
  DATABASE_URL: await freshDatabase(databaseServer, "studio_cluster_bench"),
  REDIS_URL: redisUrl.toString(),
  SESSION_SECRET: "cluster-bench-secret-shared-by-every-node",
  LOG_LEVEL: "error",
  EXECUTE_PER_MINUTE: "100000",
};
const started: NodeProcess[] = [];
try {
  const [a, b] = await Promise.all([
    startNode("bench-api1", "api", 18_701, env),
    startNode("bench-api2", "api", 18_702, env),
  ]);
  started.push(a, b, await startNode("bench-worker", "worker", 18_711, env));
  const both = new Nodes([a.url, b.url]);
  const tokens: string[] = [];
  for (let i = 0; i < TEXT + VOICE; i += 10) {
    tokens.push(
      ...(await Promise.all(
        Array.from({ length: Math.min(10, TEXT + VOICE - i) }, (_, j) =>
          signUp(both, i + j, `bench${i + j}`),
        ),
      )),
    );
  }
  const twoNodes = await load(both, tokens);
  // On a loaded machine the run is long: the first half is on stderr as soon as it is measured.
  console.error(JSON.stringify({ twoNodes }));
  await b.kill("SIGTERM");
  const oneNode = await load(new Nodes([a.url]), tokens);
  console.log(
    JSON.stringify(
      {
        machine: {
          cpus: cpus().length,
          node: process.version,
          note: "clients, 2 API nodes, worker, PostgreSQL and Redis share these cores",
        },
        load: { textInterviews: TEXT, voiceInterviews: VOICE, questionsPerInterview: 3, codingJobs: JOBS },
        twoNodes,
        oneNode,
      },
      null,
      2,
    ),
  );
} finally {
  for (const node of started) if (node.child.exitCode === null) await node.kill("SIGTERM");
  redis.disconnect();
}
process.exit(0);
