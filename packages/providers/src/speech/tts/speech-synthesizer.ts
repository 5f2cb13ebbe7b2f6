import type { AudioFormat, Language, ServiceStatus } from "@studio/protocol";

/**
 * A speaker's own voice (the AI panel's interviewers): an espeak-ng variant ("m3", "f2"), its pitch
 * (0-99) and rate (words per minute). Engines without such controls speak in their one voice.
 */
export interface VoiceStyle {
  variant?: string;
  pitch?: number;
  rate?: number;
}

export interface SynthesisOptions {
  language: Language;
  voice?: VoiceStyle;
  /** Barge-in: stops the synthesis (the process is killed, the request cancelled). */
  signal?: AbortSignal;
}

/**
 * Text to speech for one sentence at a time: the gateway calls it per sentence, in order, and sends
 * each chunk as `ai_audio_chunk` in the announced `format`. Chunks hold whole samples (pcm16).
 * Failures are `SpeechError`s; a cancelled call ends with kind "aborted".
 */
export interface SpeechSynthesizer {
  /** The provider, as shown in /api/status: "espeak-ng", "openai-compatible", "elevenlabs". */
  readonly name: string;
  /** The voice in use; part of the cache key. */
  readonly voice: string;
  readonly format: AudioFormat;
  synthesize(text: string, options: SynthesisOptions): AsyncIterable<Uint8Array>;
  status(): ServiceStatus;
}
