import type { AudioFormat, Evaluation, Question, ServerMessage } from "@studio/protocol";

export interface RoomEvaluation extends Evaluation {
  questionId: string;
}

export interface RoomNotice {
  id: number;
  message: string;
}

/** What the room knows from the server's messages and from what the candidate sent. */
export interface RoomState {
  /** A `session_state` has arrived on the current connection. */
  ready: boolean;
  status: "active" | "completed";
  question: Question | null;
  audio: AudioFormat | null;
  speech: "server" | "browser";
  stt: "server" | "browser";
  /** The interviewer's current (or last) utterance, as streamed. */
  ai: { text: string; done: boolean; questionId: string | null; followUp: boolean; turn: number };
  /** The candidate's current (or last) answer: live partial and final text. */
  user: { interim: string; final: string };
  /** An answer has been sent and the interviewer has not started replying. */
  awaitingReply: boolean;
  evaluation: RoomEvaluation | null;
  latency: { turnLatencyMs: number; stages: Record<string, number> } | null;
  notices: RoomNotice[];
  error: { code: string; message: string } | null;
  ended: boolean;
}

export type RoomEvent =
  | ServerMessage
  | { type: "local/disconnected" }
  | { type: "local/answer_sent"; text: string }
  | { type: "local/audio_end" }
  | { type: "local/user_speech"; interim: string; final: string }
  | { type: "local/reply_started" }
  | { type: "local/question"; question: Question | null }
  | { type: "local/dismiss_notice"; id: number }
  | { type: "local/dismiss_error" };

export const initialRoomState: RoomState = {
  ready: false,
  status: "active",
  question: null,
  audio: null,
  speech: "browser",
  stt: "browser",
  ai: { text: "", done: true, questionId: null, followUp: false, turn: 0 },
  user: { interim: "", final: "" },
  awaitingReply: false,
  evaluation: null,
  latency: null,
  notices: [],
  error: null,
  ended: false,
};

const MAX_NOTICES = 3;

const letters = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");

/**
 * Whether a chunk is the whole utterance rather than its next piece: the final chunk that names its
 * question after a preview that did not (the server streams the interviewer's draft, then sends the
 * question it kept, which is part of that draft or extends it). A token stream's closing piece appends.
 */
export function replacesStream(
  streamed: { text: string; done: boolean; questionId: string | null },
  chunk: { text: string; done: boolean; questionId?: string | undefined },
): boolean {
  if (streamed.done || !chunk.done || !chunk.questionId || streamed.questionId) return false;
  const before = letters(streamed.text);
  const after = letters(chunk.text);
  if (!before || !after) return false;
  return (after.length >= 8 && before.includes(after)) || (before.length >= 8 && after.includes(before));
}
let noticeId = 0;

export function roomReducer(state: RoomState, event: RoomEvent): RoomState {
  switch (event.type) {
    case "session_state":
      return {
        ...state,
        ready: true,
        status: event.status,
        question: event.question,
        audio: event.audio,
        speech: event.speech,
        stt: event.stt,
        // After a reconnect the server resumes from here: a half-streamed utterance starts over.
        ai: { ...state.ai, done: true },
        awaitingReply: false,
      };
    case "ai_transcript_chunk": {
      const fresh = state.ai.done;
      const ai = {
        text: fresh || replacesStream(state.ai, event) ? event.text : state.ai.text + event.text,
        done: event.done,
        questionId: event.questionId ?? (fresh ? null : state.ai.questionId),
        followUp: event.followUp ?? (fresh ? false : state.ai.followUp),
        turn: fresh ? state.ai.turn + 1 : state.ai.turn,
      };
      // The interviewer speaks again: the candidate's last words leave the subtitles.
      return {
        ...state,
        ai,
        user: fresh ? { interim: "", final: "" } : state.user,
        // With browser speech the reply starts as soon as the text does.
        awaitingReply: state.awaitingReply && state.speech === "server",
      };
    }
    case "ai_audio_end":
      return { ...state, awaitingReply: false };
    case "stt_interim":
      return { ...state, user: { ...state.user, interim: event.transcript } };
    case "user_transcript":
      return { ...state, user: { interim: "", final: event.transcript } };
    case "evaluation": {
      const { type: _type, ...evaluation } = event;
      return { ...state, evaluation };
    }
    case "metrics":
      return { ...state, latency: { turnLatencyMs: event.turnLatencyMs, stages: event.stages } };
    case "notice":
      return {
        ...state,
        notices: [...state.notices, { id: ++noticeId, message: event.message }].slice(-MAX_NOTICES),
      };
    case "error":
      return {
        ...state,
        error: { code: event.code, message: event.message },
        // The server is still on the previous answer: it will reply to that one.
        awaitingReply: event.code === "TURN_IN_PROGRESS" && state.awaitingReply,
      };
    case "interview_ended":
      return { ...state, ended: true, status: "completed", awaitingReply: false };
    case "pong":
    case "ai_audio_chunk":
      return state;
    case "local/disconnected":
      return { ...state, ready: false, ai: { ...state.ai, done: true } };
    case "local/answer_sent":
      return { ...state, awaitingReply: true, error: null, user: { interim: "", final: event.text } };
    case "local/audio_end":
      return { ...state, awaitingReply: true, error: null };
    case "local/user_speech":
      return { ...state, user: { interim: event.interim, final: event.final } };
    case "local/reply_started":
      return { ...state, awaitingReply: false };
    case "local/question":
      return { ...state, question: event.question };
    case "local/dismiss_notice":
      return { ...state, notices: state.notices.filter((n) => n.id !== event.id) };
    case "local/dismiss_error":
      return { ...state, error: null };
  }
}
