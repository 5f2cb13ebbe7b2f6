import type { Language, Question } from "@studio/protocol";
import type { SpeechRecognizer } from "@studio/providers";
import type { FastifyBaseLogger } from "fastify";
import type { InterviewService } from "../interview/interview-service";
import type { PlaybackStore } from "./playback-store";
import type { SpeechOutput } from "./speech-output";
import type { VoiceMetrics } from "./voice-metrics";

export interface VoiceSessionDeps {
  interviews: InterviewService;
  playback: PlaybackStore;
  speech: SpeechOutput | null;
  recognizer: SpeechRecognizer | null;
  metrics: VoiceMetrics;
  log: FastifyBaseLogger;
}

export interface VoiceSessionStart {
  userId: string;
  sessionId: string;
  language: Language;
  /** The open question, null once the interview is over. */
  question: Question | null;
}
