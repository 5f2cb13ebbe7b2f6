import type {
  AgentState,
  AudioFormat,
  ErrorCode,
  Evaluation,
  ServerMessage,
  SocketQuestion,
} from "@studio/protocol";

export interface RoomEvaluation extends Evaluation {
  questionId: string;
}

export interface RoomNotice {
  id: number;
  message: string;
}

/**
 * What the room knows, all of it from the server's messages (plus what the candidate sent): the
 * question with its index and category, the interviewer's state, the subtitles. No timers, no REST.
 */
export interface RoomState {
  /** A `session_state` has arrived on the current connection. */
  ready: boolean;
  status: "active" | "completed";
  question: SocketQuestion | null;
  /** The interviewer's state as the server last reported it. */
  agent: AgentState;
  audio: AudioFormat | null;
  speech: "server" | "browser";
  stt: "server" | "browser";
  /** The interviewer's words: the final question, or the draft while an LLM words it. */
  subtitle: { text: string; draft: boolean };
  /** The candidate's current (or last) answer: live partial and final text. */
  user: { interim: string; final: string };
  /** An answer has left and the server has not yet said what it is doing about it. */
  answerSent: boolean;
  evaluation: RoomEvaluation | null;
  notices: RoomNotice[];
  error: { code: ErrorCode; message: string } | null;
  ended: boolean;
}

export type RoomEvent =
  | ServerMessage
  | { type: "local/disconnected" }
  | { type: "local/answer_sent"; text: string }
  | { type: "local/audio_end" }
  | { type: "local/user_speech"; interim: string; final: string }
  | { type: "local/dismiss_notice"; id: number }
  | { type: "local/dismiss_error" };

export const initialRoomState: RoomState = {
  ready: false,
  status: "active",
  question: null,
  agent: "idle",
  audio: null,
  speech: "browser",
  stt: "browser",
  subtitle: { text: "", draft: false },
  user: { interim: "", final: "" },
  answerSent: false,
  evaluation: null,
  notices: [],
  error: null,
  ended: false,
};

const MAX_NOTICES = 3;
let noticeId = 0;

/** The interviewer as the room shows it: idle until connected, then the server's word. */
export function shownAgentState(state: RoomState): AgentState {
  if (!state.ready || state.ended) return "idle";
  if (state.answerSent && state.agent !== "thinking") return "thinking";
  return state.agent;
}

/** Whether the candidate may answer now: a question is open and the interviewer is not on the last one. */
export function canAnswer(state: RoomState): boolean {
  return (
    state.ready && !state.ended && state.question !== null && !state.answerSent && state.agent !== "thinking"
  );
}

function fromServer(state: RoomState, event: ServerMessage): RoomState {
  switch (event.type) {
    case "session_state":
      return {
        ...state,
        ready: true,
        status: event.status,
        question: event.question && { ...event.question, followUp: event.question.followUp ?? false },
        audio: event.audio,
        speech: event.speech,
        stt: event.stt,
        answerSent: false,
        ended: state.ended || event.status === "completed",
      };
    case "question":
      // The final question replaces any draft: no guessing which words survived.
      return {
        ...state,
        question: event.question,
        subtitle: { text: event.question.text, draft: false },
        user: { interim: "", final: "" },
      };
    case "question_preview":
      return {
        ...state,
        subtitle: { text: (state.subtitle.draft ? state.subtitle.text : "") + event.text, draft: true },
      };
    case "ai_transcript_chunk":
      // Kept for older servers; this one announces every question with `question` too.
      if (!event.done || !event.questionId || event.questionId === state.question?.id) return state;
      return { ...state, subtitle: { text: event.text, draft: false } };
    case "agent_state":
      return { ...state, agent: event.state, answerSent: state.answerSent && event.state === "listening" };
    case "stt_interim":
      return { ...state, user: { ...state.user, interim: event.transcript } };
    case "user_transcript":
      // Nothing recognised: no answer went to the interviewer.
      return {
        ...state,
        user: { interim: "", final: event.transcript },
        answerSent: state.answerSent && event.transcript.trim() !== "",
      };
    case "evaluation": {
      const { type: _type, ...evaluation } = event;
      return { ...state, evaluation, answerSent: false };
    }
    case "notice":
      return {
        ...state,
        notices: [...state.notices, { id: ++noticeId, message: event.message }].slice(-MAX_NOTICES),
      };
    case "error":
      return { ...state, error: { code: event.code, message: event.message }, answerSent: false };
    case "interview_ended":
      return { ...state, ended: true, status: "completed", agent: "idle", answerSent: false };
    case "metrics":
    case "delivery": // stored with the answer; the report shows it
    case "pong":
    case "ai_audio_chunk":
    case "ai_audio_end":
      return state;
  }
}

export function roomReducer(state: RoomState, event: RoomEvent): RoomState {
  switch (event.type) {
    case "local/disconnected":
      return { ...state, ready: false, answerSent: false };
    case "local/answer_sent":
      return { ...state, answerSent: true, error: null, user: { interim: "", final: event.text } };
    case "local/audio_end":
      return { ...state, answerSent: true, error: null };
    case "local/user_speech":
      return { ...state, user: { interim: event.interim, final: event.final } };
    case "local/dismiss_notice":
      return { ...state, notices: state.notices.filter((n) => n.id !== event.id) };
    case "local/dismiss_error":
      return { ...state, error: null };
    default:
      return fromServer(state, event);
  }
}
