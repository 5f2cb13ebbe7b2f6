import { STYLE_PAUSES } from "@studio/interview";
import type { InterviewerStyle } from "@studio/protocol";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { STRONG_KO_INTRO } from "./dev-answers";
import { SocketClient } from "./socket-client";
import { backendName, Client, startTestServer, type TestServer } from "./test-server";

/** When each message type was first received after `since`, by this process's clock. */
function receiveTimes(socket: SocketClient) {
  const times: { type: string; at: number }[] = [];
  socket.socket.on("message", (raw) => times.push({ type: JSON.parse(String(raw)).type, at: Date.now() }));
  return (type: string) => times.find((t) => t.type === type)?.at;
}

describe(`the interviewer's pause per style in the voice room (${backendName})`, () => {
  let server: TestServer;
  let alice: Client;
  const wsUrl = (id: string) => `${server.url.replace("http", "ws")}/ws/interview/${id}`;
  const newSession = async (style: InterviewerStyle) =>
    (await alice.request("POST", "/api/sessions", { language: "ko", questionCount: 3, style })).body;

  beforeAll(async () => {
    // Browser speech: the question is announced and the room's voice says it; no espeak-ng timing.
    server = await startTestServer({ TTS_PROVIDER: "browser" });
    alice = new Client(server.url);
    await alice.signUp();
  }, 300_000);
  afterAll(() => server.close({ removeData: true }));

  it("waits the style's pause after the evaluation before asking, and reports it apart from latency", {
    timeout: 300_000,
  }, async () => {
    for (const style of ["friendly", "neutral", "pressure"] as const) {
      const session = await newSession(style);
      const socket = await SocketClient.connect(wsUrl(session.id), alice.token);
      await socket.next("ai_transcript_chunk", 0);
      const mark = socket.messages.length;
      const firstAt = receiveTimes(socket);
      socket.send({ type: "answer_text", text: STRONG_KO_INTRO, durationMs: 50_000 });
      // The first answer also warms the evaluator's models: a loaded machine can take a while.
      await socket.next("evaluation", mark, 90_000);
      const asked = await socket.next("question", mark);
      const metrics = await socket.next("metrics", mark);
      const pause = asked.question.followUp
        ? STYLE_PAUSES[style].beforeFollowUpMs
        : STYLE_PAUSES[style].beforeQuestionMs;
      expect(metrics.stages.stylePauseMs).toBe(pause);
      // A lower bound only: the question never comes before the pause is over. The server shares this
      // process's event loop, so the evaluation's arrival can be seen a little late: 100 ms of slack.
      expect(firstAt("question")! - firstAt("evaluation")!).toBeGreaterThanOrEqual(pause - 100);
      socket.close();
    }
  });

  it("asks nothing after the interview is ended during the pause", { timeout: 120_000 }, async () => {
    const session = await newSession("friendly");
    const socket = await SocketClient.connect(wsUrl(session.id), alice.token);
    await socket.next("ai_transcript_chunk", 0);
    const mark = socket.messages.length;
    socket.send({ type: "answer_text", text: STRONG_KO_INTRO });
    await socket.next("evaluation", mark, 90_000);
    socket.send({ type: "end_interview" });
    await socket.next("interview_ended", mark);
    // Longer than the friendly pause: had it not been cancelled, the question would be here by now.
    await new Promise((r) => setTimeout(r, STYLE_PAUSES.friendly.beforeQuestionMs + 500));
    expect(socket.messages.slice(mark).filter((m) => m.type === "question")).toHaveLength(0);
    socket.close();
  });
});
