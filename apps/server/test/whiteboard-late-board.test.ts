import { drawDesign, GOOD_DESIGNS } from "@studio/whiteboard/testing";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { interviewSessions } from "../src/db/schema";
import { backendName, Client, startTestServer, type TestServer } from "./test-server";

const scene = () => ({ elements: drawDesign(GOOD_DESIGNS["url-shortener"] as never).elements });

describe(`system-design boards after the interview's last answer (${backendName})`, () => {
  let server: TestServer;
  let client: Client;
  beforeAll(async () => {
    server = await startTestServer();
    client = new Client(server.url);
    await client.signUp();
  }, 180_000);
  afterAll(() => server.close({ removeData: true }));

  const endedInterview = async (minutes: number) => {
    const created = await client.request("POST", "/api/sessions", {
      language: "ko",
      role: "backend",
      questionCount: 1,
      systemDesignMinutes: minutes,
    });
    await client.request("POST", `/api/sessions/${created.body.id}/end`);
    await server.services.queue.drain();
    return created.body.id as string;
  };
  const analyze = (sessionId: string) =>
    client.request("POST", "/api/whiteboard/analyze", {
      scene: scene(),
      problemId: "url-shortener",
      sessionId,
    });

  it("joins a board drawn within the round's time after the end to the report already built", async () => {
    const id = await endedInterview(20);
    const before = await client.request("GET", `/api/sessions/${id}/report`);
    expect(before.body.whiteboard).toBeUndefined();
    expect((await analyze(id)).status).toBe(200);
    await expect
      .poll(
        async () => {
          await server.services.queue.drain();
          return (await client.request("GET", `/api/sessions/${id}/report`)).body.whiteboard?.boards.length;
        },
        { timeout: 60_000, interval: 500 },
      )
      .toBe(1);
  });

  it("refuses a board once the round's time after the end has passed: the report is final", async () => {
    const id = await endedInterview(20);
    const ended = new Date(Date.now() - 21 * 60_000);
    await server.services.db
      .update(interviewSessions)
      .set({ completedAt: ended })
      .where(eq(interviewSessions.id, id));
    const late = await analyze(id);
    expect(late.status).toBe(409);
    expect(late.body.error.code).toBe("SESSION_CLOSED");
    const report = await client.request("GET", `/api/sessions/${id}/report`);
    expect(report.body.whiteboard).toBeUndefined();
    // Without a session the same drawing is still reviewed.
    const free = await client.request("POST", "/api/whiteboard/analyze", {
      scene: scene(),
      problemId: "url-shortener",
    });
    expect(free.status).toBe(200);
  });

  it("keeps drafts only for problems there are", async () => {
    const put = (problemId: string) =>
      client.request("PUT", "/api/whiteboard/drafts", { problemId, scene: scene() });
    expect((await put("made-up-problem-1")).status).toBe(404);
    expect((await put("url-shortener")).status).toBe(204);
  });
});
