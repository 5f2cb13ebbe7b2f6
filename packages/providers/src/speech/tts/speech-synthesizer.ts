import type { AudioFormat, Language, ServiceStatus } from "@studio/protocol";

export interface SynthesisOptions {
  language: Language;
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
