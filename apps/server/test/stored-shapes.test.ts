import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPORT_JOB } from "../src/interview/report-job";
import { Client, startTestServer, type TestServer } from "./test-server";

/** The first row of a raw query, on PGlite and PostgreSQL alike (their result types differ). */
const firstRow = (result: unknown) => {
  const rows = Array.isArray(result) ? result : (result as { rows: unknown[] }).rows;
  return rows[0];
};

const ANSWER =
  "결제 서버의 응답 시간이 느려서, 제가 Redis 캐시를 도입해 p95를 800ms에서 120ms로 줄였습니다. 장애도 절반으로 줄었습니다.";

describe("an interview's end, and its stored JSON across versions", () => {
  let server: TestServer;
  let client: Client;
  const reportJobs: unknown[] = [];
  beforeAll(async () => {
    server = await startTestServer();
    // Watches (does not replace) the real queue: every report job queued is counted.
    const queue = server.services.queue;
    const enqueue = queue.enqueue.bind(queue);
    queue.enqueue = (name, data, options) => {
      if (name === REPORT_JOB) reportJobs.push(data);
      return enqueue(name, data, options);
    };
    client = new Client(server.url);
    await client.signUp();
  }, 180_000);
  afterAll(() => server.close({ removeData: true }));

  async function finishedInterview(): Promise<string> {
    const created = await client.request("POST", "/api/sessions", { language: "ko", questionCount: 2 });
    let question = created.body.question;
    for (let turn = 0; question && turn < 8; turn++) {
      const answered = await client.request("POST", `/api/sessions/${created.body.id}/answers`, {
        questionId: question.id,
        text: ANSWER,
      });
      expect(answered.status).toBe(200);
      question = answered.body.next;
      if (!question) expect(answered.body.done).toBe(true);
    }
    expect(question).toBeNull();
    return created.body.id;
  }

  it("queues exactly one report whoever ends the interview, and ending again is a no-op", async () => {
    const id = await finishedInterview();
    // The text client ends after `done`, and a voice room might too: neither queues a second report.
    for (let i = 0; i < 2; i++) {
      const ended = await client.request("POST", `/api/sessions/${id}/end`);
      expect(ended.status).toBe(200);
    }
    expect(reportJobs.filter((job) => (job as { sessionId: string }).sessionId === id)).toHaveLength(1);

    const active = await client.request("POST", "/api/sessions", { language: "en", questionCount: 2 });
    await Promise.all([1, 2, 3].map(() => client.request("POST", `/api/sessions/${active.body.id}/end`)));
    const jobs = reportJobs.filter((job) => (job as { sessionId: string }).sessionId === active.body.id);
    expect(jobs).toHaveLength(1);
    const late = await client.request("POST", `/api/sessions/${active.body.id}/answers`, {
      questionId: active.body.question.id,
      text: "An answer after the end.",
    });
    expect(late.status).toBe(409);
    expect(late.body.error.code).toBe("SESSION_CLOSED");
  });

  it("stores a schemaVersion in every JSON column and still reads rows written without one", async () => {
    const id = await finishedInterview();
    let report = await client.request("GET", `/api/sessions/${id}/report`);
    for (let i = 0; report.status === 202 && i < 600; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      report = await client.request("GET", `/api/sessions/${id}/report`);
    }
    expect(report.status).toBe(200);
    const detail = await client.request("GET", `/api/sessions/${id}`);
    const list = await client.request("GET", "/api/sessions");

    const db = server.services.db;
    const versions = await db.execute(sql`
      select s.plan->>'schemaVersion' as plan, a.evaluation->>'schemaVersion' as evaluation,
             r.report->>'schemaVersion' as report
      from interview_sessions s join answers a on a.session_id = s.id join reports r on r.session_id = s.id
      where s.id = ${id} limit 1`);
    expect(firstRow(versions)).toEqual({ plan: "1", evaluation: "1", report: "1" });

    // Today's rows, as the server before versioned columns wrote them.
    await db.execute(sql`update interview_sessions set plan = plan->'items' where id = ${id}`);
    await db.execute(
      sql`update answers set evaluation = evaluation - 'schemaVersion' where session_id = ${id}`,
    );
    await db.execute(sql`update reports set report = report - 'schemaVersion' where session_id = ${id}`);
    const legacy = await db.execute(
      sql`select jsonb_typeof(plan) as plan from interview_sessions where id = ${id}`,
    );
    expect(firstRow(legacy)).toEqual({ plan: "array" });

    expect((await client.request("GET", `/api/sessions/${id}`)).body).toEqual(detail.body);
    expect((await client.request("GET", `/api/sessions/${id}/report`)).body).toEqual(report.body);
    expect((await client.request("GET", "/api/sessions")).body).toEqual(list.body);
  });

  it("refuses to read a stored value that does not match its shape, with a clear error and no leak", async () => {
    const created = await client.request("POST", "/api/sessions", { language: "ko", questionCount: 2 });
    const db = server.services.db;
    await db.execute(
      sql`update interview_sessions set plan = '[{"id": 1, "category": "astrology"}]'::jsonb where id = ${created.body.id}`,
    );
    const read = await client.request("GET", `/api/sessions/${created.body.id}`);
    expect(read.status).toBe(500);
    expect(read.body.error.code).toBe("INTERNAL_ERROR");
    expect(JSON.stringify(read.body)).not.toContain("astrology");
  });
});
