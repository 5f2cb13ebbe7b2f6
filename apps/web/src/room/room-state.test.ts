import type { ServerMessage } from "@studio/protocol";
import { describe, expect, it } from "vitest";
import { reconnectDelay } from "./reconnect-delay";
import {
  canAnswer,
  initialRoomState,
  type RoomEvent,
  type RoomState,
  roomReducer,
  shownAgentState,
} from "./room-state";
import { isEcho } from "./speech-recognition";

const first = { id: "q1", category: "intro" as const, text: "Introduce yourself.", index: 0, total: 9 };
const second = {
  id: "q2",
  category: "project" as const,
  text: "Your hardest project?",
  index: 1,
  total: 9,
  followUp: false,
};
const run = (events: RoomEvent[], from: RoomState = initialRoomState) => events.reduce(roomReducer, from);
const connected: ServerMessage = {
  type: "session_state",
  sessionId: "s1",
  question: first,
  audio: { format: "pcm16", sampleRate: 22_050 },
  speech: "server",
  stt: "browser",
  status: "active",
};
const ready = run([connected, { type: "agent_state", state: "speaking" }]);

describe("the room's state machine, driven by server events", () => {
  it("is idle until connected, then shows the server's agent state", () => {
    expect(shownAgentState(initialRoomState)).toBe("idle");
    expect(ready.question).toMatchObject({ id: "q1", index: 0, category: "intro", followUp: false });
    expect(shownAgentState(ready)).toBe("speaking");
    expect(shownAgentState(run([{ type: "agent_state", state: "listening" }], ready))).toBe("listening");
  });

  it("walks one turn: answer sent -> thinking -> evaluation -> next question -> speaking -> listening", () => {
    let state = run([{ type: "agent_state", state: "listening" }], ready);
    expect(canAnswer(state)).toBe(true);
    state = run([{ type: "local/answer_sent", text: "I build APIs." }], state);
    expect(shownAgentState(state)).toBe("thinking");
    expect(canAnswer(state)).toBe(false);
    state = run([{ type: "agent_state", state: "thinking" }], state);
    state = run(
      [
        {
          type: "evaluation",
          questionId: "q1",
          scores: { specificity: 3, logic: 4, technical: 3, star: 2, communication: 4 },
          total: 16,
          feedback: "ok",
          star: { situation: 10, task: 10, action: 10, result: 5 },
          evidence: [],
          provider: "rules",
        },
        { type: "question", question: second },
        { type: "agent_state", state: "speaking" },
      ],
      state,
    );
    expect(state.evaluation).toMatchObject({ questionId: "q1", total: 16 });
    expect(state.evaluation).not.toHaveProperty("type");
    expect(state.question).toEqual(second);
    expect(state.subtitle).toEqual({ text: "Your hardest project?", draft: false });
    expect(shownAgentState(state)).toBe("speaking");
    expect(shownAgentState(run([{ type: "agent_state", state: "listening" }], state))).toBe("listening");
  });

  it("shows an LLM's draft as it streams, and the final question replaces it whatever its words", () => {
    let state = run(
      [
        { type: "question_preview", text: "Good answer. **Tell me" },
        { type: "question_preview", text: " about your hardest project?**" },
      ],
      ready,
    );
    expect(state.subtitle).toEqual({
      text: "Good answer. **Tell me about your hardest project?**",
      draft: true,
    });
    state = run([{ type: "question", question: { ...second, text: "Something else entirely." } }], state);
    expect(state.subtitle).toEqual({ text: "Something else entirely.", draft: false });
    // A new draft starts empty, not after the last question.
    state = run([{ type: "question_preview", text: "Next" }], state);
    expect(state.subtitle.text).toBe("Next");
  });

  it("an error ends the wait for the turn; the same question stays open", () => {
    let state = run(
      [
        { type: "agent_state", state: "listening" },
        { type: "local/answer_sent", text: "x" },
      ],
      ready,
    );
    state = run(
      [
        { type: "agent_state", state: "thinking" },
        { type: "error", code: "TURN_FAILED", message: "retry" },
        { type: "agent_state", state: "listening" },
      ],
      state,
    );
    expect(state.error?.code).toBe("TURN_FAILED");
    expect(state.question?.id).toBe("q1");
    expect(canAnswer(state)).toBe(true);
  });

  it("an empty transcript after push-to-talk sends nothing and the candidate can answer again", () => {
    let state = run([{ type: "agent_state", state: "listening" }, { type: "local/audio_end" }], ready);
    expect(canAnswer(state)).toBe(false);
    state = run([{ type: "user_transcript", transcript: "  " }], state);
    expect(canAnswer(state)).toBe(true);
  });

  it("ends idle, and a reconnect starts from the server's session_state", () => {
    let state = run([{ type: "interview_ended", sessionId: "s1", report: "/api/sessions/s1/report" }], ready);
    expect(shownAgentState(state)).toBe("idle");
    expect(canAnswer(state)).toBe(false);
    state = run([{ type: "local/disconnected" }], ready);
    expect(shownAgentState(state)).toBe("idle");
    expect(run([connected], state).ready).toBe(true);
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
