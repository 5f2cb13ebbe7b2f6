import type { AudioFormat, Language } from "@studio/protocol";
import type { VoiceStyle } from "@studio/providers";

/** What the voice room needs of a text-to-speech engine: audio for one sentence, streamed. */
export interface SpeechOutput {
  readonly format: AudioFormat;
  synthesize(
    text: string,
    options: { language: Language; signal?: AbortSignal; voice?: VoiceStyle },
  ): AsyncIterable<Uint8Array>;
}

/** The format announced when the browser speaks for itself. */
export const BROWSER_SPEECH: AudioFormat = { format: "none", sampleRate: 0 };
