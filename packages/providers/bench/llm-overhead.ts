/**
 * The LLM layer's own cost on time to first token: the same local SSE stream read by a bare fetch and
 * through ResilientLlm (AI SDK engine, deadline race, breaker), in alternating runs. Prints JSON.
 *   npx tsx packages/providers/bench/llm-overhead.ts [runs]
 */
import { createResilientLlm, generateNextQuestion, type ResilientLlm } from "../src";
import { fakeLlmSettings, startFakeLlmServer } from "../src/llm/testing";

const RUNS = Number(process.argv[2] ?? 400);
const WARMUP = 50;
const QUESTION = ["Kafka로 ", "재설계하실 때 ", "가장 ", "어려웠던 ", "점은 ", "무엇이었나요?"];
const chat = {
  system: "You are an interviewer.",
  messages: [{ role: "user" as const, content: "Next question?" }],
};

const PACED_RUNS = 60;
const TOKEN_GAP_MS = 20;

let server = await startFakeLlmServer({ wire: "openai", fallback: { text: QUESTION } });
let llm = createResilientLlm(fakeLlmSettings(server))!;
let url = `${server.baseUrl}/chat/completions`;

/** Time to the first content delta of a bare fetch, reading the stream to its end like a real client. */
async function rawTtft(): Promise<number> {
  const started = performance.now();
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      model: "fake-model",
      messages: [{ role: "user", content: "Next question?" }],
      stream: true,
    }),
  });
  const decoder = new TextDecoder();
  let ttft = Number.NaN;
  let buffer = "";
  for await (const bytes of response.body!) {
    buffer += decoder.decode(bytes, { stream: true });
    const frames = buffer.split("\n\n");
    buffer = frames.pop()!;
    for (const frame of frames) {
      const data = frame.replace(/^data: /, "");
      if (Number.isNaN(ttft) && data !== "[DONE]" && JSON.parse(data).choices[0]?.delta?.content) {
        ttft = performance.now() - started;
      }
    }
  }
  return ttft;
}

async function layerTtft(stream: (llm: ResilientLlm) => AsyncIterable<string>): Promise<number> {
  const started = performance.now();
  let ttft = Number.NaN;
  for await (const _ of stream(llm)) if (Number.isNaN(ttft)) ttft = performance.now() - started;
  return ttft;
}

const viaResilientLlm = (l: ResilientLlm) => l.streamChat(chat);
const viaQuestion = (l: ResilientLlm) =>
  generateNextQuestion(l, {
    language: "ko",
    role: "backend",
    category: "project",
    plannedQuestion: "가장 기억에 남는 프로젝트를 말씀해 주세요.",
    history: [],
  });

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}
const summary = (values: number[]) => ({
  p50: round(percentile(values, 50)),
  p95: round(percentile(values, 95)),
});
const round = (ms: number) => Math.round(ms * 1000) / 1000;

for (let i = 0; i < WARMUP; i++) {
  await rawTtft();
  await layerTtft(viaResilientLlm);
  await layerTtft(viaQuestion);
}
const raw: number[] = [];
const layer: number[] = [];
const question: number[] = [];
for (let i = 0; i < RUNS; i++) {
  raw.push(await rawTtft());
  layer.push(await layerTtft(viaResilientLlm));
  question.push(await layerTtft(viaQuestion));
}
await server.close();

// With tokens paced like a real model, the question's first delta waits for the opening to be vetted.
server = await startFakeLlmServer({
  wire: "openai",
  fallback: { text: QUESTION, chunkDelayMs: TOKEN_GAP_MS },
});
llm = createResilientLlm(fakeLlmSettings(server))!;
url = `${server.baseUrl}/chat/completions`;
const pacedRaw: number[] = [];
const pacedQuestion: number[] = [];
for (let i = 0; i < PACED_RUNS; i++) {
  pacedRaw.push(await rawTtft());
  pacedQuestion.push(await layerTtft(viaQuestion));
}
await server.close();

const paired = (values: number[]) => summary(values.map((v, i) => v - raw[i]!));
const overhead = paired(layer);
console.log(
  JSON.stringify(
    {
      runs: RUNS,
      node: process.version,
      server: "local fake OpenAI-compatible SSE on 127.0.0.1, first token sent at once",
      rawFetchTtftMs: summary(raw),
      resilientLlmTtftMs: summary(layer),
      resilientLlmOverheadMs: overhead,
      nextQuestionTtftMs: summary(question),
      nextQuestionOverheadMs: paired(question),
      pacedTokens: {
        runs: PACED_RUNS,
        tokenGapMs: TOKEN_GAP_MS,
        rawFetchTtftMs: summary(pacedRaw),
        nextQuestionTtftMs: summary(pacedQuestion),
        note: "the question stream holds its opening (>= 12 chars) to strip praise and check the language",
      },
      target: "resilientLlmOverheadMs.p50 < 5",
      pass: overhead.p50 < 5,
    },
    null,
    2,
  ),
);
