import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { STRONG_KO_INTRO } from "./dev-answers";
import { SocketClient } from "./socket-client";
import { backendName, Client, startTestServer, type TestServer } from "./test-server";

describe(`the streaming interview socket (${backendName})`, () => {
  let server: TestServer;
  let alice: Client;
  let bob: Client;
  const wsUrl = (id: string) => `${server.url.replace("http", "ws")}/ws/interview/${id}`;
  const newSession = async (questionCount = 3) =>
    (await alice.request("POST", "/api/sessions", { language: "ko", questionCount })).body;

  beforeAll(async () => {
    server = await startTestServer();
    alice = new Client(server.url);
    bob = new Client(server.url);
    await alice.signUp();
    await bob.signUp();
  });
  afterAll(() => server.close({ removeData: true }));

  it("refuses a signed-out client (401) and another user's interview (404)", async () => {
    const session = await newSession();
    await expect(SocketClient.connect(wsUrl(session.id), null)).rejects.toThrow("HTTP 401");
    await expect(SocketClient.connect(wsUrl(session.id), bob.token)).rejects.toThrow("HTTP 404");
  });

  it("accepts the token in the query string too", async () => {
    const session = await newSession();
    const socket = await SocketClient.connect(`${wsUrl(session.id)}?token=${alice.token}`, null);
    expect((await socket.next("session_state", 0)).sessionId).toBe(session.id);
    socket.close();
  });

  it("sends the session state and asks the current question on connect", async () => {
    const session = await newSession();
    const socket = await SocketClient.connect(wsUrl(session.id), alice.token);
    const state = await socket.next("session_state", 0);
    expect(state).toMatchObject({
      sessionId: session.id,
      status: "active",
      question: { id: session.question.id },
    });
    // espeak-ng speaks on the server by default (CI installs it).
    expect(state).toMatchObject({ speech: "server", audio: { format: "pcm16", sampleRate: 22050 } });
    const asked = await socket.next("ai_transcript_chunk", 0);
    expect(asked).toMatchObject({ done: true, questionId: session.question.id, text: session.question.text });
    socket.close();
  });

  it("runs a turn: evaluation, the next question, and the turn's metrics", async () => {
    const session = await newSession();
    const socket = await SocketClient.connect(wsUrl(session.id), alice.token);
    await socket.next("ai_transcript_chunk", 0);
    const mark = socket.messages.length;
    socket.send({ type: "answer_text", text: STRONG_KO_INTRO, durationMs: 50_000 });
    const evaluation = await socket.next("evaluation", mark);
    expect(evaluation.questionId).toBe(session.question.id);
    expect(evaluation.total).toBeGreaterThanOrEqual(18);
    const next = await socket.next("ai_transcript_chunk", mark);
    expect(next.done).toBe(true);
    expect(next.questionId).not.toBe(session.question.id);
    const metrics = await socket.next("metrics", mark);
    expect(metrics.turnLatencyMs).toBeGreaterThan(0);
    expect(metrics.stages.storeAndEvaluateMs).toBeGreaterThan(0);
    const order = socket.messages.slice(mark).map((m) => m.type);
    expect(order.indexOf("evaluation")).toBeLessThan(order.indexOf("ai_transcript_chunk"));
    // Stored like any answer.
    const detail = await alice.request("GET", `/api/sessions/${session.id}`);
    expect(detail.body.answers).toHaveLength(1);
    socket.close();
  });

  it("speaks each question as numbered audio chunks in order, complete, then ai_audio_end", async () => {
    const session = await newSession();
    const socket = await SocketClient.connect(wsUrl(session.id), alice.token);
    await socket.next("ai_audio_end", 0);
    const chunks = socket.messages.filter((m) => m.type === "ai_audio_chunk");
    expect(chunks.length).toBeGreaterThan(0);
    expect(chunks.map((c) => c.seq)).toEqual(chunks.map((_, i) => i));
    const bytes = chunks.reduce((sum, c) => sum + Buffer.from(c.data, "base64").length, 0);
    // Korean at espeak-ng's pace: at least half a second of 22 kHz 16-bit audio for a question.
    expect(bytes).toBeGreaterThan(22050);
    expect(bytes % 2).toBe(0);
    const types = socket.messages.map((m) => m.type);
    expect(types.lastIndexOf("ai_audio_chunk")).toBeLessThan(types.indexOf("ai_audio_end"));

    const mark = socket.messages.length;
    socket.send({ type: "answer_text", text: STRONG_KO_INTRO });
    const metrics = await socket.next("metrics", mark);
    expect(metrics.stages.speechFirstChunkMs).toBeGreaterThanOrEqual(0);
    const firstChunk = socket.messages.slice(mark).findIndex((m) => m.type === "ai_audio_chunk");
    expect(firstChunk).toBeGreaterThan(-1);
    socket.close();
  });

  it("stops speaking on interrupt and sends nothing of that utterance afterwards", async () => {
    const session = await newSession();
    const socket = await SocketClient.connect(wsUrl(session.id), alice.token);
    await socket.next("ai_audio_chunk", 0);
    socket.send({ type: "interrupt", playedMs: 120 });
    const end = socket.messages.length;
    await socket.next("ai_audio_end", 0);
    await new Promise((r) => setTimeout(r, 300));
    const afterEnd = socket.messages.slice(socket.messages.findIndex((m) => m.type === "ai_audio_end") + 1);
    expect(afterEnd.filter((m) => m.type === "ai_audio_chunk")).toEqual([]);
    expect(socket.messages.filter((m) => m.type === "ai_audio_end")).toHaveLength(1);
    expect(end).toBeGreaterThan(0);
    socket.close();
  });

  it("answers bad messages with an error and keeps the connection", async () => {
    const session = await newSession();
    const socket = await SocketClient.connect(wsUrl(session.id), alice.token);
    await socket.next("session_state", 0);
    let mark = socket.messages.length;
    socket.send("{not json");
    expect((await socket.next("error", mark)).code).toBe("INVALID_JSON");
    mark = socket.messages.length;
    socket.send({ type: "teleport" });
    expect((await socket.next("error", mark)).code).toBe("INVALID_MESSAGE");
    mark = socket.messages.length;
    socket.send({ type: "answer_text" });
    expect((await socket.next("error", mark)).code).toBe("INVALID_MESSAGE");
    mark = socket.messages.length;
    socket.socket.send(Buffer.from([0xde, 0xad, 0xbe, 0xef]));
    expect((await socket.next("error", mark)).code).toBe("STT_UNAVAILABLE");
    mark = socket.messages.length;
    socket.send({ type: "ping" });
    await socket.next("pong", mark);
    expect(socket.closed).toBeNull();
    socket.close();
  });

  it("closes on a 10 MB frame without harm to the server", async () => {
    const session = await newSession();
    const socket = await SocketClient.connect(wsUrl(session.id), alice.token);
    await socket.next("session_state", 0);
    socket.send(JSON.stringify({ type: "answer_text", text: "가".repeat(10 * 1024 * 1024) }));
    // 1009 (message too big); a client still sending when the server closes may only see the reset (1006).
    expect([1009, 1006]).toContain((await socket.waitClosed()).code);
    const again = await SocketClient.connect(wsUrl(session.id), alice.token);
    expect((await again.next("session_state", 0)).question?.id).toBe(session.question.id);
    again.close();
  });

  it("resumes the same question after a reconnect, and a new connection replaces the old", async () => {
    const session = await newSession();
    const first = await SocketClient.connect(wsUrl(session.id), alice.token);
    await first.next("ai_transcript_chunk", 0);
    const mark = first.messages.length;
    first.send({ type: "answer_text", text: STRONG_KO_INTRO });
    const next = await first.next("ai_transcript_chunk", mark);

    const second = await SocketClient.connect(wsUrl(session.id), alice.token);
    const state = await second.next("session_state", 0);
    expect(state.question?.id).toBe(next.questionId);
    expect((await first.waitClosed()).code).toBe(4000);
    expect(first.messages.some((m) => m.type === "error" && m.code === "REPLACED")).toBe(true);
    second.close();
  });

  it("ends the interview on request and points to the report", async () => {
    const session = await newSession(1);
    const socket = await SocketClient.connect(wsUrl(session.id), alice.token);
    await socket.next("session_state", 0);
    socket.send({ type: "end_interview" });
    const ended = await socket.next("interview_ended", 0);
    expect(ended).toEqual({
      type: "interview_ended",
      sessionId: session.id,
      report: `/api/sessions/${session.id}/report`,
    });
    const after = await alice.request("GET", `/api/sessions/${session.id}`);
    expect(after.body.status).toBe("completed");
    socket.close();
  });
});
