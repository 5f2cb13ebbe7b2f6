import { splitSentences } from "@studio/interview";
import type { Language } from "@studio/protocol";
import { spokenForm, type VoiceStyle } from "@studio/providers";
import type { SocketSender } from "./socket-sender";
import type { SpeechOutput } from "./speech-output";

/** What was sent of one utterance: its audio's length when the format tells it (pcm16), else null. */
export interface SpokenUtterance {
  audioMs: number | null;
  interrupted: boolean;
}

/**
 * Speaks the interviewer's utterances as numbered audio chunks, one utterance at a time, through the
 * stages sentence split -> spoken form (numbers, units and acronyms as words; the subtitles keep the
 * written text) -> synthesis. `interrupt` (barge-in) stops the synthesis and drops what was still to
 * be sent. A synthesis failure rejects `speak`.
 */
export class SpeechPlayer {
  private current: AbortController | null = null;

  constructor(
    private readonly sender: SocketSender,
    private readonly speech: SpeechOutput,
    private readonly language: Language,
  ) {}

  /** Resolves when the utterance is fully sent or interrupted; `onFirstChunk` fires as the first one leaves. */
  async speak(text: string, onFirstChunk?: () => void, voice?: VoiceStyle): Promise<SpokenUtterance> {
    this.interrupt();
    const controller = new AbortController();
    this.current = controller;
    const { format, sampleRate } = this.speech.format;
    let seq = 0;
    let bytes = 0;
    try {
      for (const sentence of this.spokenSentences(text)) {
        for await (const chunk of this.speech.synthesize(sentence, {
          language: this.language,
          signal: controller.signal,
          ...(voice ? { voice } : {}),
        })) {
          if (controller.signal.aborted) break;
          const data = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength).toString("base64");
          if (!this.sender.send({ type: "ai_audio_chunk", seq, data, format, sampleRate })) break;
          bytes += chunk.byteLength;
          if (seq++ === 0) onFirstChunk?.();
        }
        if (controller.signal.aborted) break;
      }
    } catch (error) {
      if (!controller.signal.aborted) throw error;
    } finally {
      if (this.current === controller) {
        this.current = null;
        if (!controller.signal.aborted) this.sender.send({ type: "ai_audio_end" });
      }
    }
    const audioMs = format === "pcm16" && sampleRate > 0 ? (bytes / 2 / sampleRate) * 1000 : null;
    return { audioMs, interrupted: controller.signal.aborted };
  }

  /**
   * Synthesizes `text` now without sending it, so that speaking it later comes from the speech cache
   * (used for the next planned question while the candidate answers the current one).
   */
  async prefetch(text: string, voice?: VoiceStyle): Promise<void> {
    for (const sentence of this.spokenSentences(text)) {
      const options = { language: this.language, ...(voice ? { voice } : {}) };
      for await (const _chunk of this.speech.synthesize(sentence, options)) {
        // Only filling the cache.
      }
    }
  }

  interrupt(): void {
    if (!this.current) return;
    this.current.abort();
    this.current = null;
    this.sender.send({ type: "ai_audio_end" });
  }

  private spokenSentences(text: string): string[] {
    return splitSentences(text)
      .map((sentence) => spokenForm(sentence, this.language))
      .filter((sentence) => sentence.trim() !== "");
  }
}
