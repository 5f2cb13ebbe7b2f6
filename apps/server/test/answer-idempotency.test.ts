import { randomUUID } from "node:crypto";
import { connect, createServer, type Server } from "node:net";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backendName, Client, startTestServer, type TestServer } from "./test-server";

const ANSWER =
  "주문 서버가 느려서 Redis 캐시를 두고 DB 인덱스를 고쳐 p95를 900ms에서 150ms로 줄였습니다. 이후 장애도 줄었습니다.";

/**
 * A proxy in front of the server that forwards the request and loses the reply: the server handles the
 * request in full, and the client's connection is cut as the first byte of the answer comes back.
 */
async function replyLosingProxy(target: URL): Promise<{ url: string; server: Server; lost: () => number }> {
  let lost = 0;
  const server = createServer((client) => {
    const upstream = connect(Number(target.port), target.hostname);
    client.pipe(upstream);
    upstream.once("data", () => {
      lost++;
      client.destroy();
      upstream.destroy();
    });
    client.on("error", () => upstream.destroy());
    upstream.on("error", () => client.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}`, server, lost: () => lost };
}

/** The first column of every row of a raw query, on PGlite and PostgreSQL alike. */
const rowsOf = (result: unknown) =>
  (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as Record<string, unknown>[];

describe(`an answer retried with an Idempotency-Key (${backendName})`, () => {
  let server: TestServer;
  let client: Client;
  let lossy: Client;
  let proxy: Awaited<ReturnType<typeof replyLosingProxy>>;
  beforeAll(async () => {
    server = await startTestServer();
    client = new Client(server.url);
    await client.signUp();
    proxy = await replyLosingProxy(new URL(server.url));
    lossy = new Client(proxy.url);
    lossy.token = client.token;
  }, 180_000);
  afterAll(async () => {
    proxy.server.close();
    await server.close({ removeData: true });
  });

  const storedAnswers = async (sessionId: string) =>
    rowsOf(
      await server.services.db.execute(
        sql`select question_id, text from answers where session_id = ${sessionId} order by created_at`,
      ),
    );

  it("returns the stored reply to a retry after a lost reply, and stores the answer once", async () => {
    const created = await client.request("POST", "/api/sessions", { language: "ko", questionCount: 3 });
    const sessionId = created.body.id;
    const path = `/api/sessions/${sessionId}/answers`;
    const body = { questionId: created.body.question.id, text: ANSWER };
    const key = randomUUID();

    // The first try reaches the server, which stores the answer; its reply never reaches the client.
    await expect(lossy.request("POST", path, body, { "idempotency-key": key })).rejects.toThrow();
    expect(proxy.lost()).toBe(1);
    expect(await storedAnswers(sessionId)).toHaveLength(1);

    const retried = await client.request("POST", path, body, { "idempotency-key": key });
    expect(retried.status).toBe(200);
    expect(retried.body.evaluation.total).toEqual(expect.any(Number));
    const again = await client.request("POST", path, body, { "idempotency-key": key });
    expect(again.body).toEqual(retried.body);
    expect(await storedAnswers(sessionId)).toHaveLength(1);

    // The interview moved on exactly once: the question the reply names is the one asked now.
    const detail = await client.request("GET", `/api/sessions/${sessionId}`);
    expect(detail.body.answers).toHaveLength(1);
    expect(detail.body.answers[0].evaluation).toEqual(retried.body.evaluation);
    expect(detail.body.question.id).toBe(retried.body.next.id);

    // Without a key the same resend is what it always was: the question is no longer current.
    const unkeyed = await client.request("POST", path, body);
    expect(unkeyed.status).toBe(409);
    expect(unkeyed.body.error.code).toBe("QUESTION_MISMATCH");
    // The same key with another answer is refused, not answered with the first answer's reply.
    const reused = await client.request(
      "POST",
      path,
      { ...body, text: "다른 답변입니다." },
      { "idempotency-key": key },
    );
    expect(reused.status).toBe(422);
    expect(reused.body.error.code).toBe("IDEMPOTENCY_KEY_REUSED");
    expect(await storedAnswers(sessionId)).toHaveLength(1);
  });

  it("answers concurrent duplicates of one answer with one reply and one stored row", async () => {
    const created = await client.request("POST", "/api/sessions", { language: "en", questionCount: 3 });
    const sessionId = created.body.id;
    const body = {
      questionId: created.body.question.id,
      text: "I cut the p95 from 900 ms to 150 ms with a cache.",
    };
    const key = randomUUID();
    const replies = await Promise.all(
      [1, 2, 3, 4].map(() =>
        client.request("POST", `/api/sessions/${sessionId}/answers`, body, { "idempotency-key": key }),
      ),
    );
    expect(replies.map((r) => r.status)).toEqual([200, 200, 200, 200]);
    for (const reply of replies) expect(reply.body).toEqual(replies[0]?.body);
    expect(await storedAnswers(sessionId)).toHaveLength(1);
  });

  it("replays the last answer's reply after the interview ended, instead of SESSION_CLOSED", async () => {
    const created = await client.request("POST", "/api/sessions", { language: "ko", questionCount: 1 });
    const sessionId = created.body.id;
    let question = created.body.question;
    let last: { body: unknown; key: string; sent: unknown } | null = null;
    for (let turn = 0; question && turn < 6; turn++) {
      const key = randomUUID();
      const sent = { questionId: question.id, text: ANSWER };
      const answered = await client.request("POST", `/api/sessions/${sessionId}/answers`, sent, {
        "idempotency-key": key,
      });
      expect(answered.status).toBe(200);
      last = { body: answered.body, key, sent };
      question = answered.body.next;
    }
    expect(last && (last.body as { done: boolean }).done).toBe(true);
    const count = (await storedAnswers(sessionId)).length;
    const replayed = await client.request("POST", `/api/sessions/${sessionId}/answers`, last?.sent, {
      "idempotency-key": last?.key ?? "",
    });
    expect(replayed.status).toBe(200);
    expect(replayed.body).toEqual(last?.body);
    expect(await storedAnswers(sessionId)).toHaveLength(count);
  });

  it("keeps keys private to their interview and refuses a malformed key", async () => {
    const created = await client.request("POST", "/api/sessions", { language: "en", questionCount: 2 });
    const path = `/api/sessions/${created.body.id}/answers`;
    const body = { questionId: created.body.question.id, text: "An answer." };
    const other = new Client(server.url);
    await other.signUp();
    const key = randomUUID();
    expect((await client.request("POST", path, body, { "idempotency-key": key })).status).toBe(200);
    // Another user sending the same key to this interview learns nothing: it is not theirs.
    const foreign = await other.request("POST", path, body, { "idempotency-key": key });
    expect(foreign.status).toBe(404);
    for (const bad of ["short", "has space in it", "x".repeat(129)]) {
      const refused = await client.request("POST", path, body, { "idempotency-key": bad });
      expect(refused.status).toBe(400);
      expect(refused.body.error.code).toBe("VALIDATION_ERROR");
    }
  });
});
