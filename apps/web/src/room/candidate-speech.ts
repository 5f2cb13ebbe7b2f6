import type { Language } from "@studio/protocol";
import type { MicProblem } from "./speech-recognition";

export type MicMode = "handsfree" | "ptt";

export interface CandidateSpeechOptions {
  enabled: boolean;
  language: Language;
  mode: MicMode;
  /** The interviewer waits for an answer (not thinking about the last one). */
  canAnswer: boolean;
  interviewerSpeaking: boolean;
  /** What the interviewer is saying, to tell its echo from the candidate's voice. */
  interviewerText: string;
  onUserSpeech: (interim: string, final: string) => void;
  onAnswer: (text: string, durationMs: number) => void;
  onBargeIn: () => void;
  /** Server recognition only. */
  getContext: () => AudioContext;
  sendAudio: (base64: string) => void;
  onAudioEnd: () => void;
  /** Ask the browser's recognizer to keep the audio on the device (Chrome's on-device recognition). */
  processLocally?: boolean;
}

export interface CandidateSpeech {
  problem: MicProblem | null;
  /** The microphone is capturing now. */
  live: boolean;
  pttHeld: boolean;
  /** The candidate is talking (voice detected or words recognized). */
  userSpeaking: boolean;
  press: () => void;
  release: () => void;
}

export const speechLang = (language: Language) => (language === "ko" ? "ko-KR" : "en-US");
