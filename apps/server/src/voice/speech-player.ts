import { splitSentences } from "@studio/interview";
import type { Language } from "@studio/protocol";
import type { SocketSender } from "./socket-sender";
import type { SpeechOutput } from "./speech-output";

/**
 * Speaks the interviewer's utterances sentence by sentence as numbered audio chunks, one utterance at a
 * time; `interrupt` (barge-in) stops the synthesis and drops whatever was still to be sent.
 */
export class SpeechPlayer {
  private current: AbortController | null = null;

  constructor(
    private readonly sender: SocketSender,
    private readonly speech: SpeechOutput,
    private readonly language: Language,
  ) {}

  /** Resolves when the utterance is fully sent or interrupted; `onFirstChunk` fires as the first one leaves. */
  async speak(text: string, onFirstChunk?: () => void): Promise<void> {
    this.interrupt();
    const controller = new AbortController();
    this.current = controller;
    const { format, sampleRate } = this.speech.format;
    let seq = 0;
    try {
      for (const sentence of splitSentences(text)) {
        for await (const chunk of this.speech.synthesize(sentence, {
          language: this.language,
          signal: controller.signal,
        })) {
          if (controller.signal.aborted) return;
          const data = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength).toString("base64");
          if (!this.sender.send({ type: "ai_audio_chunk", seq, data, format, sampleRate })) return;
          if (seq++ === 0) onFirstChunk?.();
        }
      }
    } catch (error) {
      if (!controller.signal.aborted) throw error;
    } finally {
      if (this.current === controller) {
        this.current = null;
        if (!controller.signal.aborted) this.sender.send({ type: "ai_audio_end" });
      }
    }
  }

  /**
   * Synthesizes `text` now without sending it, so that speaking it later comes from the speech cache
   * (used for the next planned question while the candidate answers the current one).
   */
  async prefetch(text: string): Promise<void> {
    for (const sentence of splitSentences(text)) {
      for await (const _chunk of this.speech.synthesize(sentence, { language: this.language })) {
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
}
