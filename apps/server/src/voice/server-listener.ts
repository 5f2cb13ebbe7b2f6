import type { Language } from "@studio/protocol";
import type { RecognitionSession, SpeechRecognizer } from "@studio/providers";
import type { SocketSender } from "./socket-sender";

export interface HeardAnswer {
  transcript: string;
  durationMs: number;
  /** The answer's microphone audio (16 kHz 16-bit PCM), for its delivery figures. */
  audio: Uint8Array;
}

/** Audio kept per answer for its delivery: 10 minutes of 16 kHz 16-bit PCM; later audio is not measured. */
const MAX_KEPT_AUDIO_BYTES = 16_000 * 2 * 600;

/**
 * Server speech recognition of one answer at a time: microphone audio in, interim transcripts out,
 * and the final transcript handed to `onAnswer` (which queues it like any other answer).
 */
export class ServerListener {
  private listening: { session: RecognitionSession; startedAt: number } | null = null;
  private audio: Uint8Array[] = [];
  private audioBytes = 0;

  constructor(
    private readonly recognizer: SpeechRecognizer,
    private readonly sender: SocketSender,
    private readonly language: Language,
    private readonly on: {
      /** The candidate started talking (a barge-in when the interviewer is speaking). */
      start: () => void;
      answer: (heard: HeardAnswer) => void;
      failed: () => void;
    },
  ) {}

  hear(pcm: Uint8Array): void {
    if (!this.listening) {
      this.audio = [];
      this.audioBytes = 0;
      this.listening = { session: this.startSession(), startedAt: Date.now() };
    }
    if (this.audioBytes + pcm.byteLength <= MAX_KEPT_AUDIO_BYTES) {
      this.audio.push(new Uint8Array(pcm));
      this.audioBytes += pcm.byteLength;
    }
    this.listening.session.pushAudio(pcm);
  }

  /** Push-to-talk release: the answer is complete. */
  async end(): Promise<void> {
    // A failure reaches `onError` (STT_FAILED); the rejection here would only say it twice.
    await this.listening?.session.end().catch(() => undefined);
  }

  abort(): void {
    this.listening?.session.abort();
    this.listening = null;
  }

  private startSession(): RecognitionSession {
    this.on.start();
    const startedAt = Date.now();
    return this.recognizer.start({
      language: this.language,
      onInterim: (transcript) => this.sender.send({ type: "stt_interim", transcript }),
      onFinal: (transcript) => {
        this.listening = null;
        this.sender.send({ type: "user_transcript", transcript });
        const audio = Buffer.concat(this.audio);
        this.audio = [];
        if (transcript.trim()) this.on.answer({ transcript, durationMs: Date.now() - startedAt, audio });
        else this.on.failed();
      },
      onError: (error) => {
        this.listening = null;
        this.sender.error("STT_FAILED", `Speech recognition failed (${error.kind}); please type your answer`);
        this.on.failed();
      },
    });
  }
}
