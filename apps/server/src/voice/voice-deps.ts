import type { InterviewerStyle, Language, Question } from "@studio/protocol";
import type { SpeechRecognizer } from "@studio/providers";
import type { FastifyBaseLogger } from "fastify";
import type { ExpressionService } from "../expressions/expression-service";
import type { AnswerDeliveries } from "../interview/answer-deliveries";
import type { InterviewService } from "../interview/interview-service";
import type { PlaybackStore } from "./playback-store";
import type { SpeechOutput } from "./speech-output";
import type { VoiceMetrics } from "./voice-metrics";

export interface VoiceSessionDeps {
  interviews: InterviewService;
  /** Stores `emotion` samples; without it they are accepted and dropped. */
  expressions?: ExpressionService;
  playback: PlaybackStore;
  /** Stores an answer's delivery measured after the answer (in the browser, or here from its audio). */
  deliveries?: AnswerDeliveries;
  speech: SpeechOutput | null;
  recognizer: SpeechRecognizer | null;
  metrics: VoiceMetrics;
  log: FastifyBaseLogger;
  /** In a cluster: answers being handled, kept in Redis so another node can finish them (cluster/pending-turns.ts). */
  pendingTurns?: {
    save(sessionId: string, turn: PendingTurn): Promise<void>;
    clear(sessionId: string): Promise<void>;
  };
}

/** A spoken answer being handled: what a node that died mid-turn leaves for the next one. */
export interface PendingTurn {
  questionId: string;
  text: string;
  durationMs?: number;
}

export interface VoiceSessionStart {
  userId: string;
  sessionId: string;
  language: Language;
  /** The interviewer's style: its pause before each question (neutral when unknown). */
  style?: InterviewerStyle;
  /** The open question, null once the interview is over. */
  question: Question | null;
}
