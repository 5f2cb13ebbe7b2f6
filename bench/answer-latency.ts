import { devAnswers } from "../apps/server/test/dev-answers";
import { backend, Client, startTestServer } from "../apps/server/test/test-server";

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/**
 * p50/p95 of POST /api/sessions/{id}/answers with `concurrency` interviews running at once. Each candidate
 * waits `thinkMs` (±50%) between answers; 0 keeps every interview's next request in flight (a stress figure).
 */
export async function answerLatency(concurrency = 20, thinkMs = 0, questionCount = 9) {
  const server = await startTestServer({ LOG_LEVEL: "error" });
  const answers = devAnswers();
  const latencies: number[] = [];
  try {
    const clients = await Promise.all(
      Array.from({ length: concurrency }, async (_, i) => {
        const client = new Client(server.url);
        await client.signUp(`bench-${i}`);
        return client;
      }),
    );
    await Promise.all(
      clients.map(async (client, i) => {
        const language = i % 2 === 0 ? "ko" : "en";
        const pool = answers.filter((a) => a.language === language);
        const created = await client.request("POST", "/api/sessions", { language, questionCount });
        let question = created.body.question;
        let turn = 0;
        while (question) {
          if (thinkMs > 0) await new Promise((r) => setTimeout(r, thinkMs * (0.5 + Math.random())));
          const started = performance.now();
          const res = await client.request("POST", `/api/sessions/${created.body.id}/answers`, {
            questionId: question.id,
            text: pool[(i + turn++) % pool.length]!.answer,
            durationMs: 60_000,
          });
          latencies.push(performance.now() - started);
          if (res.status !== 200) throw new Error(`answer failed: ${JSON.stringify(res.body)}`);
          question = res.body.next;
        }
      }),
    );
  } finally {
    await server.close({ removeData: true });
  }
  latencies.sort((a, b) => a - b);
  return {
    concurrentInterviews: concurrency,
    thinkMs,
    requests: latencies.length,
    p50Ms: Math.round(percentile(latencies, 50) * 10) / 10,
    p95Ms: Math.round(percentile(latencies, 95) * 10) / 10,
    maxMs: Math.round(latencies.at(-1)! * 10) / 10,
    database: backend.databaseUrl ? "postgresql" : "pglite",
    target: "p95 < 50 ms",
  };
}
