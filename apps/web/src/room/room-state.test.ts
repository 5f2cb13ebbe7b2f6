import { describe, expect, it } from "vitest";
import { reconnectDelay } from "./reconnect-delay";
import { initialRoomState, type RoomState, roomReducer } from "./room-state";
import { isEcho } from "./speech-recognition";

const question = { id: "q1", category: "intro" as const, text: "Introduce yourself.", index: 0, total: 9 };
const ready: RoomState = roomReducer(initialRoomState, {
  type: "session_state",
  sessionId: "s1",
  question,
  audio: { format: "pcm16", sampleRate: 22_050 },
  speech: "server",
  stt: "browser",
  status: "active",
});

describe("roomReducer", () => {
  it("takes the question, formats and engines from session_state", () => {
    expect(ready.ready).toBe(true);
    expect(ready.question?.id).toBe("q1");
    expect(ready.speech).toBe("server");
  });

  it("appends streamed interviewer text and starts a new utterance after done", () => {
    let state = roomReducer(ready, { type: "ai_transcript_chunk", text: "Hello, ", done: false });
    state = roomReducer(state, {
      type: "ai_transcript_chunk",
      text: "welcome.",
      done: true,
      questionId: "q1",
    });
    expect(state.ai).toMatchObject({ text: "Hello, welcome.", done: true, questionId: "q1", turn: 1 });
    state = roomReducer(state, { type: "ai_transcript_chunk", text: "Next", done: false });
    expect(state.ai).toMatchObject({ text: "Next", done: false, turn: 2 });
  });

  it("thinks from the answer until the reply starts", () => {
    let state = roomReducer(ready, { type: "local/answer_sent", text: "I build APIs." });
    expect(state.awaitingReply).toBe(true);
    expect(state.user.final).toBe("I build APIs.");
    state = roomReducer(state, { type: "ai_transcript_chunk", text: "Thanks.", done: true });
    expect(state.awaitingReply).toBe(true); // server speech: still waiting for the voice
    state = roomReducer(state, { type: "local/reply_started" });
    expect(state.awaitingReply).toBe(false);
  });

  it("keeps the evaluation flattened with its question id", () => {
    const state = roomReducer(ready, {
      type: "evaluation",
      questionId: "q1",
      scores: { specificity: 3, logic: 4, technical: 3, star: 2, communication: 4 },
      total: 16,
      feedback: "ok",
      star: { situation: 10, task: 10, action: 10, result: 5 },
      evidence: [],
      provider: "rules",
    });
    expect(state.evaluation?.questionId).toBe("q1");
    expect(state.evaluation?.total).toBe(16);
    expect(state.evaluation).not.toHaveProperty("type");
  });

  it("replaces a streamed preview with the question as kept, but appends a closing token", () => {
    let state = roomReducer(ready, {
      type: "ai_transcript_chunk",
      text: "Good answer. **Tell me",
      done: false,
    });
    state = roomReducer(state, {
      type: "ai_transcript_chunk",
      text: " about your hardest project?**",
      done: false,
    });
    state = roomReducer(state, {
      type: "ai_transcript_chunk",
      text: "Tell me about your hardest project?",
      done: true,
      questionId: "q2",
    });
    expect(state.ai.text).toBe("Tell me about your hardest project?");
    let streamed = roomReducer(ready, { type: "ai_transcript_chunk", text: "Tell me about it", done: false });
    streamed = roomReducer(streamed, {
      type: "ai_transcript_chunk",
      text: "?",
      done: true,
      questionId: "q2",
    });
    expect(streamed.ai.text).toBe("Tell me about it?");
  });

  it("keeps thinking when the server is still on the previous answer", () => {
    let state = roomReducer(ready, { type: "local/answer_sent", text: "Again" });
    state = roomReducer(state, { type: "error", code: "TURN_IN_PROGRESS", message: "busy" });
    expect(state.awaitingReply).toBe(true);
    state = roomReducer(state, { type: "error", code: "STT_FAILED", message: "type instead" });
    expect(state.awaitingReply).toBe(false);
  });

  it("restarts a half-streamed utterance after a reconnect", () => {
    let state = roomReducer(ready, { type: "ai_transcript_chunk", text: "Tell me ab", done: false });
    state = roomReducer(state, { type: "local/disconnected" });
    state = roomReducer(state, { type: "ai_transcript_chunk", text: "Tell me about", done: false });
    expect(state.ai.text).toBe("Tell me about");
  });
});

describe("reconnectDelay", () => {
  it("backs off from 0.5 s to 8 s with jitter", () => {
    expect(reconnectDelay(0, () => 0.5)).toBe(500);
    expect(reconnectDelay(1, () => 0.5)).toBe(1000);
    expect(reconnectDelay(10, () => 1)).toBe(8000);
    expect(reconnectDelay(0, () => 0)).toBe(400);
  });
});

describe("isEcho", () => {
  it("tells the interviewer's own words from the candidate's", () => {
    const said = "가장 어려웠던 프로젝트에서 맡은 역할과 결과를 말씀해 주세요.";
    expect(isEcho("프로젝트에서 맡은 역할", said)).toBe(true);
    expect(isEcho("저는 결제 시스템을 만들었습니다", said)).toBe(false);
    expect(isEcho("tell me about", "Tell me about the hardest project.")).toBe(true);
  });
});
