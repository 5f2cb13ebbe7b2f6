import { questionsForMinutes, STYLE_PAUSES } from "@studio/interview";
import { reportSchema, sessionDetailSchema } from "@studio/protocol";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { interviewSessions } from "../src/db/schema";
import { backendName, Client, startTestServer, type TestServer } from "./test-server";

const THIN = "네, 열심히 했습니다.";

interface Asked {
  id: string;
  category: string;
  index: number;
  total: number;
  followUp?: boolean;
}

async function waitForReport(client: Client, id: string) {
  for (let i = 0; i < 200; i++) {
    const res = await client.request("GET", `/api/sessions/${id}/report`);
    if (res.status === 200) return reportSchema.parse(res.body);
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("report never arrived");
}

describe(`an interview length in minutes (${backendName})`, () => {
  let server: TestServer;
  let alice: Client;

  beforeAll(async () => {
    server = await startTestServer();
    alice = new Client(server.url);
    await alice.signUp();
  }, 300_000);

  afterAll(async () => {
    await server?.close({ removeData: true });
  });

  const create = async (body: Record<string, unknown>) => {
    const res = await alice.request("POST", "/api/sessions", { language: "ko", role: "backend", ...body });
    expect(res.status).toBe(201);
    return res.body as { id: string; question: Asked };
  };
  const answer = async (client: Client, id: string, question: Asked, text = THIN) => {
    const res = await client.request("POST", `/api/sessions/${id}/answers`, {
      questionId: question.id,
      text,
    });
    expect(res.status).toBe(200);
    return res.body as { next: Asked | null; done: boolean };
  };
  /** As if the interview had started `minutes` ago: the clock the server measures from is its start. */
  const backdate = (db: TestServer["services"]["db"], id: string, minutes: number) =>
    db
      .update(interviewSessions)
      .set({ createdAt: sql`now() - make_interval(mins => ${minutes})` })
      .where(eq(interviewSessions.id, id));

  it("plans the main questions from the minutes and the answer limit, and stores the length", async () => {
    for (const [minutes, limit] of [
      [10, 120],
      [30, 60],
      [45, 180],
    ] as const) {
      const { id, question } = await create({
        lengthMinutes: minutes,
        answerTimeLimitSec: limit,
        questionCount: 3,
      });
      expect(question.total).toBe(questionsForMinutes(minutes, limit, "intermediate"));
      const detail = sessionDetailSchema.parse((await alice.request("GET", `/api/sessions/${id}`)).body);
      expect(detail.setup?.lengthMinutes).toBe(minutes);
      expect(detail.setup?.wrappedUp).toBe(false);
      const endsIn = Date.parse(detail.setup!.endsAt!) - Date.now();
      expect(endsIn).toBeGreaterThan((minutes - 1) * 60_000);
      expect(endsIn).toBeLessThanOrEqual(minutes * 60_000);
    }
    const counted = await create({ questionCount: 4 });
    expect(counted.question.total).toBe(4);
    const detail = sessionDetailSchema.parse(
      (await alice.request("GET", `/api/sessions/${counted.id}`)).body,
    );
    expect(detail.setup?.lengthMinutes).toBeNull();
    expect(detail.setup?.endsAt).toBeNull();
  });

  it("refuses a length outside 5-90 whole minutes with the contract's error", async () => {
    for (const lengthMinutes of [0, 4, 91, 12.5, "20", -10]) {
      const res = await alice.request("POST", "/api/sessions", { language: "ko", lengthMinutes });
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe("VALIDATION_ERROR");
    }
  });

  it("moves to closing once the time is spent, and stays there after a restart", async () => {
    const { id, question } = await create({ lengthMinutes: 20, difficulty: "advanced" });
    // In time: a thin answer to the intro gets a follow-up, as in any 고급 interview.
    let step = await answer(alice, id, question);
    expect(step.next?.followUp).toBe(true);
    step = await answer(alice, id, step.next!);
    expect(step.next).toMatchObject({ index: 1, followUp: false });
    expect(step.next?.category).not.toBe("closing");
    await backdate(server.services.db, id, 21);
    // Time spent: no follow-up on the thin answer, no further main question, the closing next.
    step = await answer(alice, id, step.next!);
    expect(step.next).toMatchObject({ category: "closing", index: 2, total: 3, followUp: false });
    const closing = step.next!;
    await server.close();

    server = await startTestServer({}, server.dataDir);
    const again = new Client(server.url);
    again.token = alice.token;
    const detail = sessionDetailSchema.parse((await again.request("GET", `/api/sessions/${id}`)).body);
    expect(detail.question).toMatchObject({ id: closing.id, category: "closing", total: 3 });
    expect(detail.setup?.wrappedUp).toBe(true);
    const last = await answer(again, id, closing);
    expect(last.done).toBe(true);
    const report = await waitForReport(again, id);
    expect(report.setup?.lengthMinutes).toBe(20);
    expect(report.setup?.wrappedUp).toBe(true);
    expect(report.questions.map((q) => q.category)).toEqual([
      "intro",
      "intro",
      expect.any(String),
      "closing",
    ]);
    alice = again;
  }, 120_000);

  it("an interview set by its number of questions runs them all, however long it takes", async () => {
    const { id, question } = await create({ questionCount: 3, difficulty: "basic" });
    await backdate(server.services.db, id, 600);
    let asked = question;
    const mains: string[] = [];
    for (let turn = 0; turn < 8; turn++) {
      if (!asked.followUp) mains.push(asked.category);
      const step = await answer(alice, id, asked);
      if (!step.next) break;
      asked = step.next;
    }
    expect(mains).toHaveLength(3);
  });

  it("shows the style's pauses in the setup", async () => {
    for (const style of ["friendly", "neutral", "pressure"] as const) {
      const { id } = await create({ style, questionCount: 2 });
      const detail = sessionDetailSchema.parse((await alice.request("GET", `/api/sessions/${id}`)).body);
      expect(detail.setup?.pauses).toEqual(STYLE_PAUSES[style]);
    }
  });
});
