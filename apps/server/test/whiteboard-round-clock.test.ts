import { drawDesign, GOOD_DESIGNS, poorDesign } from "@studio/whiteboard/testing";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { whiteboardRounds } from "../src/db/schema";
import { backendName, Client, startTestServer, type TestServer } from "./test-server";

const goodScene = () => ({ elements: drawDesign(GOOD_DESIGNS["url-shortener"] as never).elements });
const poorScene = () => ({ elements: drawDesign(poorDesign("사용자", "서버", "DB")).elements });

describe(`the system-design round's time limit, kept by the server (${backendName})`, () => {
  let server: TestServer;
  let client: Client;
  let other: Client;
  beforeAll(async () => {
    server = await startTestServer();
    client = new Client(server.url);
    other = new Client(server.url);
    await client.signUp();
    await other.signUp();
  }, 180_000);
  afterAll(() => server.close({ removeData: true }));

  const interview = async (minutes: number) => {
    const created = await client.request("POST", "/api/sessions", {
      language: "ko",
      role: "backend",
      questionCount: 2,
      systemDesignMinutes: minutes,
    });
    expect(created.status).toBe(201);
    return created.body.id as string;
  };
  /** Moves the round's start into the past, as if the candidate had opened it `ms` ago. */
  const startedAgo = (sessionId: string, ms: number) =>
    server.services.db
      .update(whiteboardRounds)
      .set({ startedAt: new Date(Date.now() - ms) })
      .where(eq(whiteboardRounds.sessionId, sessionId));
  const analyze = (sessionId: string, scene = goodScene()) =>
    client.request("POST", "/api/whiteboard/analyze", { scene, problemId: "url-shortener", sessionId });
  const saveDraft = (sessionId: string, scene = goodScene()) =>
    client.request("PUT", "/api/whiteboard/drafts", { problemId: "url-shortener", sessionId, scene });

  it("starts the round at its first opening and gives the same deadline on every later one", async () => {
    const id = await interview(20);
    const first = await client.request("POST", `/api/whiteboard/rounds/${id}`);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ sessionId: id, minutes: 20, state: "open", graceSeconds: 30 });
    const started = Date.parse(first.body.startedAt);
    expect(Date.parse(first.body.deadline) - started).toBe(20 * 60_000);
    expect(Math.abs(Date.parse(first.body.now) - started)).toBeLessThan(60_000);
    // A reload opens it again: the start does not move.
    await startedAgo(id, 5 * 60_000);
    const again = await client.request("POST", `/api/whiteboard/rounds/${id}`);
    expect(Date.parse(again.body.deadline) - Date.parse(again.body.now)).toBeLessThanOrEqual(15 * 60_000);
    expect(Date.parse(again.body.deadline) - Date.parse(again.body.now)).toBeGreaterThan(14 * 60_000);
  });

  it("answers 404 for another user's interview and 401 signed out, on the round, boards and drafts", async () => {
    const id = await interview(20);
    const foreign = await other.request("POST", `/api/whiteboard/rounds/${id}`);
    expect(foreign.status).toBe(404);
    expect(foreign.body.error.code).toBe("NOT_FOUND");
    expect((await new Client(server.url).request("POST", `/api/whiteboard/rounds/${id}`)).status).toBe(401);
    expect((await client.request("POST", "/api/whiteboard/rounds/no-such-session")).status).toBe(404);
    const asOther = { scene: goodScene(), problemId: "url-shortener", sessionId: id };
    expect((await other.request("POST", "/api/whiteboard/analyze", asOther)).status).toBe(404);
    expect((await other.request("PUT", "/api/whiteboard/drafts", asOther)).status).toBe(404);
    // None of that started the owner's round.
    const rows = await server.services.db
      .select()
      .from(whiteboardRounds)
      .where(eq(whiteboardRounds.sessionId, id));
    expect(rows).toHaveLength(0);
  });

  it("refuses boards and analyses after the deadline and its grace while the interview still runs", async () => {
    const id = await interview(20);
    await client.request("POST", `/api/whiteboard/rounds/${id}`);
    // Inside the grace: the page's last autosave and its analysis at the bell still count.
    await startedAgo(id, 20 * 60_000 + 10_000);
    expect((await saveDraft(id)).status).toBe(204);
    expect((await analyze(id)).status).toBe(200);
    await startedAgo(id, 20 * 60_000 + 45_000);
    const late = await analyze(id);
    expect(late.status).toBe(409);
    expect(late.body.error).toMatchObject({ code: "ROUND_CLOSED" });
    expect(typeof late.body.error.message).toBe("string");
    const lateDraft = await saveDraft(id, poorScene());
    expect(lateDraft.status).toBe(409);
    expect(lateDraft.body.error.code).toBe("ROUND_CLOSED");
    const round = await client.request("POST", `/api/whiteboard/rounds/${id}`);
    expect(round.body.state).toBe("time_up");
    // The interview itself is still running, and the board kept is the last one saved in time.
    expect((await client.request("GET", `/api/sessions/${id}`)).body.status).toBe("active");
    const draft = await client.request("GET", `/api/whiteboard/drafts/url-shortener?sessionId=${id}`);
    expect(draft.body.scene.elements).toHaveLength(goodScene().elements.length);
    // Without an interview the same drawing is still reviewed (practice has no server clock).
    const free = await client.request("POST", "/api/whiteboard/analyze", { scene: poorScene() });
    expect(free.status).toBe(200);
  });

  it("starts the clock with the first board when the round page was never opened (API clients)", async () => {
    const id = await interview(15);
    expect((await saveDraft(id)).status).toBe(204);
    await startedAgo(id, 16 * 60_000);
    expect((await analyze(id)).status).toBe(409);
  });

  it("reports the last board autosaved in time when it changed after the last analysis", async () => {
    const id = await interview(20);
    await client.request("POST", `/api/whiteboard/rounds/${id}`);
    const poor = await analyze(id, poorScene());
    expect(poor.status).toBe(200);
    // The candidate kept drawing and the time ran out before another analysis.
    expect((await saveDraft(id, goodScene())).status).toBe(204);
    await startedAgo(id, 25 * 60_000);
    expect((await analyze(id)).status).toBe(409);
    await client.request("POST", `/api/sessions/${id}/end`);
    await server.services.queue.drain();
    const report = await client.request("GET", `/api/sessions/${id}/report`);
    const [board] = report.body.whiteboard.boards;
    expect(report.body.whiteboard.boards).toHaveLength(1);
    expect(board.scene.elements).toHaveLength(goodScene().elements.length);
    expect(board.componentCount).toBeGreaterThan(poor.body.components.length);
    expect(board.scores.scalability).toBeGreaterThan(poor.body.scores.scalability);
  });
});
