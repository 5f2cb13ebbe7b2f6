import { abortedError, asSpeechError, type SpeechError } from "../speech-errors";
import type { EndpointEvent } from "./speech-endpointer";
import type {
  BackendCallbacks,
  RecognitionHandlers,
  RecognitionSession,
  TranscriptionBackend,
} from "./speech-recognizer";
import { VoiceActivity } from "./voice-activity";

export interface SessionLimits {
  /** Silence after speech that ends the answer. */
  endSilenceMs: number;
  /** An answer longer than this is ended as if the candidate had stopped (bounds the audio kept). */
  maxUtteranceMs: number;
}

const BYTES_PER_MS = 32; // 16 kHz × 2 bytes

/**
 * The lifecycle every engine shares: audio goes to the engine and to the voice-activity detector;
 * the answer ends when the detector hears it end, when `end()` is called, or at the length limit;
 * then the engine gives the final transcript, reported once.
 */
export class EndpointedSession implements RecognitionSession {
  private readonly vad: VoiceActivity;
  private readonly backend: TranscriptionBackend;
  private listening = true;
  private aborted = false;
  private result: Promise<string> | undefined;
  private receivedBytes = 0;

  constructor(
    private readonly provider: string,
    createBackend: (callbacks: BackendCallbacks) => TranscriptionBackend,
    private readonly handlers: RecognitionHandlers,
    private readonly limits: SessionLimits,
  ) {
    this.vad = new VoiceActivity({ endSilenceMs: limits.endSilenceMs, onEvent: (e) => this.onVad(e) });
    this.backend = createBackend({
      language: handlers.language,
      onInterim: (text) => {
        if (!this.aborted && this.listening) handlers.onInterim?.(text);
      },
      onFailure: (error) => this.failEarly(error),
    });
  }

  pushAudio(pcm: Uint8Array): void {
    if (!this.listening) return;
    this.receivedBytes += pcm.byteLength;
    this.backend.push(pcm);
    this.vad.push(pcm);
    if (this.receivedBytes >= this.limits.maxUtteranceMs * BYTES_PER_MS) this.finishQuietly();
  }

  end(): Promise<string> {
    if (this.aborted) return Promise.reject(abortedError(this.provider));
    this.result ??= this.transcribe();
    return this.result;
  }

  abort(): void {
    if (this.aborted) return;
    this.aborted = true;
    this.listening = false;
    this.vad.stop();
    this.backend.cancel();
  }

  private onVad(event: EndpointEvent): void {
    if (this.aborted || !this.listening) return;
    if (event === "speech_start") {
      this.handlers.onSpeechStart?.();
      return;
    }
    this.vad.stop();
    this.handlers.onSpeechEnd?.();
    this.finishQuietly();
  }

  /** Ends the answer without a caller awaiting it: the handlers hear the outcome. */
  private finishQuietly(): void {
    this.end().catch(() => {});
  }

  private async transcribe(): Promise<string> {
    this.listening = false;
    try {
      const speech = await this.vad.settled();
      this.vad.stop();
      const text = (await this.backend.finish(speech)).trim();
      if (this.aborted) throw abortedError(this.provider);
      this.handlers.onFinal?.(text);
      return text;
    } catch (error) {
      const failure = this.aborted ? abortedError(this.provider) : asSpeechError(error, this.provider);
      if (!this.aborted) this.handlers.onError?.(failure);
      throw failure;
    }
  }

  private failEarly(error: SpeechError): void {
    if (this.aborted || !this.listening) return; // a failure while finishing rejects `finish` itself
    this.listening = false;
    this.vad.stop();
    this.result = Promise.reject(error);
    this.result.catch(() => {});
    this.handlers.onError?.(error);
  }
}
