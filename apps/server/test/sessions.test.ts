import { evaluationSchema, reportSchema } from "@studio/protocol";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { reports } from "../src/db/schema";
import { bestAndWorst } from "./dev-answers";
import { backendName, Client, startTestServer, type TestServer } from "./test-server";

async function waitForReport(client: Client, id: string) {
  for (let i = 0; i < 100; i++) {
    const res = await client.request("GET", `/api/sessions/${id}/report`);
    if (res.status === 200) return res;
    expect(res.status).toBe(202);
    expect(res.body).toEqual({ status: "pending" });
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("report never arrived");
}

/** Answers every question (follow-ups included) with the given texts in turn until the interview is done. */
async function answerAll(client: Client, id: string, first: { id: string }, texts: string[]) {
  let question: { id: string; followUp?: boolean } | null = first;
  const asked: Array<{ id: string; followUp: boolean }> = [];
  let i = 0;
  while (question) {
    const res = await client.request("POST", `/api/sessions/${id}/answers`, {
      questionId: question.id,
      text: texts[i++ % texts.length],
      durationMs: 60_000,
    });
    expect(res.status).toBe(200);
    asked.push({ id: question.id, followUp: Boolean(question.followUp) });
    question = res.body.next;
    if (res.body.done) expect(question).toBeNull();
  }
  return asked;
}

describe(`interview sessions (${backendName})`, () => {
  let server: TestServer;
  let alice: Client;
  let bob: Client;
  beforeAll(async () => {
    server = await startTestServer();
    alice = new Client(server.url);
    bob = new Client(server.url);
    await alice.signUp("앨리스");
    await bob.signUp("Bob");
  });
  afterAll(() => server.close({ removeData: true }));

  it("needs a login", async () => {
    const anonymous = new Client(server.url);
    const res = await anonymous.request("POST", "/api/sessions", { language: "ko" });
    expect(res.status).toBe(401);
  });

  it("starts with the intro question of nine, in Korean by default role general", async () => {
    const res = await alice.request("POST", "/api/sessions", { language: "ko" });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ status: "active", question: { category: "intro", index: 0, total: 9 } });
    expect(res.body.question.text).toMatch(/[가-힣]/);
  });

  it("runs a whole Korean interview: stored answers, follow-ups on weak answers, a report", async () => {
    const { best, worst } = bestAndWorst("ko");
    const created = await alice.request("POST", "/api/sessions", {
      language: "ko",
      role: "backend",
      questionCount: 4,
    });
    const id = created.body.id;
    const texts = [worst[0]!.answer, best[0]!.answer];
    const asked = await answerAll(alice, id, created.body.question, texts);

    expect(asked.filter((q) => !q.followUp)).toHaveLength(4);
    expect(asked.some((q) => q.followUp)).toBe(true);

    const detail = await alice.request("GET", `/api/sessions/${id}`);
    expect(detail.body.answers).toHaveLength(asked.length);
    for (const answer of detail.body.answers) evaluationSchema.parse(answer.evaluation);
    expect(detail.body.question).toBeNull();

    const closed = await alice.request("POST", `/api/sessions/${id}/answers`, {
      questionId: asked[0]!.id,
      text: "또",
    });
    expect(closed.status).toBe(409);
    expect(closed.body.error.code).toBe("SESSION_CLOSED");

    const end = await alice.request("POST", `/api/sessions/${id}/end`);
    expect(end.body).toEqual({ status: "completed" });
    const report = await waitForReport(alice, id);
    const parsed = reportSchema.parse(report.body);
    expect(parsed.sessionId).toBe(id);
    expect(parsed.grade).toMatch(/^[SABCD]$/);
    expect(parsed.questions).toHaveLength(asked.length);
    expect(parsed.summary).toMatch(/[가-힣]/);
  });

  it("a follow-up quotes the candidate and is marked followUp, at most once per main question", async () => {
    const created = await alice.request("POST", "/api/sessions", { language: "ko", questionCount: 3 });
    const id = created.body.id;
    const vague = "저희 팀이 Redis를 써서 열심히 개선했습니다.";
    const first = await alice.request("POST", `/api/sessions/${id}/answers`, {
      questionId: created.body.question.id,
      text: vague,
    });
    expect(first.body.next.followUp).toBe(true);
    expect(first.body.next.index).toBe(0);
    const second = await alice.request("POST", `/api/sessions/${id}/answers`, {
      questionId: first.body.next.id,
      text: vague,
    });
    expect(second.body.next.followUp).toBe(false);
    expect(second.body.next.index).toBe(1);
  });

  it("rejects an answer to a question that is not current with 409 QUESTION_MISMATCH and loses nothing", async () => {
    const created = await alice.request("POST", "/api/sessions", { language: "en" });
    const id = created.body.id;
    const res = await alice.request("POST", `/api/sessions/${id}/answers`, {
      questionId: "some-other-question",
      text: "Hi",
    });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe("QUESTION_MISMATCH");
    const detail = await alice.request("GET", `/api/sessions/${id}`);
    expect(detail.body.answers).toEqual([]);
    expect(detail.body.question.id).toBe(created.body.question.id);
  });

  it("validates answers: missing fields and oversized text are 400", async () => {
    const created = await alice.request("POST", "/api/sessions", { language: "en" });
    const id = created.body.id;
    expect(
      (await alice.request("POST", `/api/sessions/${id}/answers`, { text: "no question id" })).status,
    ).toBe(400);
    const huge = await alice.request("POST", `/api/sessions/${id}/answers`, {
      questionId: created.body.question.id,
      text: "a".repeat(20_001),
    });
    expect(huge.status).toBe(400);
    expect((await alice.request("POST", "/api/sessions", { language: "fr" })).status).toBe(400);
  });

  it("keeps every session private: another user gets 404 on read, answer, report and delete", async () => {
    const created = await alice.request("POST", "/api/sessions", { language: "ko" });
    const id = created.body.id;
    expect((await bob.request("GET", `/api/sessions/${id}`)).status).toBe(404);
    expect(
      (
        await bob.request("POST", `/api/sessions/${id}/answers`, {
          questionId: created.body.question.id,
          text: "x",
        })
      ).status,
    ).toBe(404);
    expect((await bob.request("POST", `/api/sessions/${id}/end`)).status).toBe(404);
    expect((await bob.request("GET", `/api/sessions/${id}/report`)).status).toBe(404);
    expect((await bob.request("DELETE", `/api/sessions/${id}`)).status).toBe(404);
    const bobs = await bob.request("GET", "/api/sessions");
    expect(bobs.body.sessions.map((s: { id: string }) => s.id)).not.toContain(id);
    expect((await alice.request("GET", `/api/sessions/${id}`)).status).toBe(200);
  });

  it("lists own sessions newest first", async () => {
    const a = await bob.request("POST", "/api/sessions", { language: "en", role: "frontend" });
    const b = await bob.request("POST", "/api/sessions", { language: "ko", role: "data" });
    const list = await bob.request("GET", "/api/sessions");
    const ids = list.body.sessions.map((s: { id: string }) => s.id);
    expect(ids.indexOf(b.body.id)).toBeLessThan(ids.indexOf(a.body.id));
    expect(list.body.sessions[0]).toMatchObject({
      role: "data",
      language: "ko",
      status: "active",
      answered: 0,
      total: 9,
    });
  });

  it("deletes a session with its answers and report", async () => {
    const created = await alice.request("POST", "/api/sessions", { language: "en", questionCount: 1 });
    const id = created.body.id;
    await alice.request("POST", `/api/sessions/${id}/answers`, {
      questionId: created.body.question.id,
      text: "Hello.",
    });
    await alice.request("POST", `/api/sessions/${id}/end`);
    await waitForReport(alice, id);
    expect((await alice.request("DELETE", `/api/sessions/${id}`)).status).toBe(204);
    expect((await alice.request("GET", `/api/sessions/${id}`)).status).toBe(404);
    expect((await alice.request("GET", `/api/sessions/${id}/report`)).status).toBe(404);
  });

  it("practice mode: retrying the last answer replaces it and stays on the same next question", async () => {
    const created = await alice.request("POST", "/api/sessions", {
      language: "en",
      practice: true,
      questionCount: 2,
    });
    const id = created.body.id;
    const q1 = created.body.question.id;
    const good = bestAndWorst("en").best[0]!.answer;
    const first = await alice.request("POST", `/api/sessions/${id}/answers`, { questionId: q1, text: good });
    const retry = await alice.request("POST", `/api/sessions/${id}/answers`, {
      questionId: q1,
      text: `${good} `,
      retry: true,
    });
    expect(retry.status).toBe(200);
    expect(retry.body.next.id).toBe(first.body.next.id);
    const detail = await alice.request("GET", `/api/sessions/${id}`);
    expect(detail.body.answers).toHaveLength(1);
  });

  it("evaluates a single answer statelessly, for a signed-in user", async () => {
    const { best } = bestAndWorst("en");
    const res = await alice.request("POST", "/api/evaluate", {
      question: best[0]!.question,
      answer: best[0]!.answer,
      language: "en",
    });
    expect(res.status).toBe(200);
    const evaluation = evaluationSchema.parse(res.body);
    expect(evaluation.provider).toBe("rules");
    expect(evaluation.total).toBeGreaterThanOrEqual(18);
  });
});

describe(`restart mid-interview (${backendName})`, () => {
  it("resumes at the same question after the server restarts, with the answers kept", async () => {
    const first = await startTestServer();
    const client = new Client(first.url);
    await client.signUp();
    const created = await client.request("POST", "/api/sessions", { language: "ko", questionCount: 3 });
    const id = created.body.id;
    const answered = await client.request("POST", `/api/sessions/${id}/answers`, {
      questionId: created.body.question.id,
      text: bestAndWorst("ko").best[0]!.answer,
    });
    const expected = answered.body.next;
    await first.close();

    const second = await startTestServer({}, first.dataDir);
    try {
      const again = new Client(second.url);
      again.token = client.token;
      const detail = await again.request("GET", `/api/sessions/${id}`);
      expect(detail.body.question).toEqual({ ...expected, followUp: expected.followUp });
      expect(detail.body.answers).toHaveLength(1);
      const next = await again.request("POST", `/api/sessions/${id}/answers`, {
        questionId: expected.id,
        text: "네.",
      });
      expect(next.status).toBe(200);
    } finally {
      await second.close({ removeData: true });
    }
  });

  it("produces a report that was pending when the server stopped", async () => {
    const first = await startTestServer();
    const client = new Client(first.url);
    await client.signUp();
    const created = await client.request("POST", "/api/sessions", { language: "en", questionCount: 1 });
    const id = created.body.id;
    await client.request("POST", `/api/sessions/${id}/answers`, {
      questionId: created.body.question.id,
      text: "I led it.",
    });
    expect((await client.request("POST", `/api/sessions/${id}/end`)).status).toBe(200);
    // As if the server had stopped before the report job ran: the session is completed, the report missing.
    await first.services.queue.drain();
    await first.services.db.delete(reports).where(eq(reports.sessionId, id));
    expect((await client.request("GET", `/api/sessions/${id}/report`)).status).toBe(202);
    await first.close();
    const second = await startTestServer({}, first.dataDir);
    try {
      const again = new Client(second.url);
      again.token = client.token;
      const report = await waitForReport(again, id);
      expect(report.body.sessionId).toBe(id);
    } finally {
      await second.close({ removeData: true });
    }
  });
});
