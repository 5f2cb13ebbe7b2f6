import type { Language } from "@studio/protocol";
import type { RecognitionSession, SpeechRecognizer } from "@studio/providers";
import { type Diarizer, dominantLabel } from "./diarization";

/** Most audio kept for diarization per utterance (16 kHz PCM16: 2 minutes). */
const MAX_KEPT_BYTES = 16_000 * 2 * 120;

export interface HeardSpeech {
  text: string;
  /** The diarization engine's label for the voice, when it ran. */
  label: string | null;
}

/**
 * One connection's microphone: server recognition of each utterance, and (shared room with a diarizer)
 * the engine's voice label for it. Audio is kept only until the utterance is transcribed.
 */
export class PanelAudio {
  private session: RecognitionSession | null = null;
  private kept: Uint8Array[] = [];
  private keptBytes = 0;

  constructor(
    private readonly recognizer: SpeechRecognizer,
    private readonly diarizer: Diarizer | null,
    private readonly language: Language,
    private readonly onHeard: (speech: HeardSpeech) => void,
    private readonly onFailed: (message: string) => void,
  ) {}

  push(pcm: Uint8Array): void {
    if (!this.session) this.session = this.start();
    if (this.diarizer && this.keptBytes + pcm.length <= MAX_KEPT_BYTES) {
      this.kept.push(pcm);
      this.keptBytes += pcm.length;
    }
    this.session.pushAudio(pcm);
  }

  async end(): Promise<void> {
    await this.session?.end().catch(() => undefined);
  }

  close(): void {
    this.session?.abort();
    this.session = null;
  }

  private start(): RecognitionSession {
    return this.recognizer.start({
      language: this.language,
      onInterim: () => undefined,
      onFinal: (transcript) => {
        const audio = Buffer.concat(this.kept);
        this.session = null;
        this.kept = [];
        this.keptBytes = 0;
        if (transcript.trim())
          void this.label(audio).then((label) => this.onHeard({ text: transcript, label }));
      },
      onError: (error) => {
        this.session = null;
        this.kept = [];
        this.keptBytes = 0;
        this.onFailed(`Speech recognition failed (${error.kind}); please type instead`);
      },
    });
  }

  private async label(audio: Uint8Array): Promise<string | null> {
    if (!this.diarizer || audio.length === 0) return null;
    try {
      return dominantLabel(await this.diarizer.diarize(audio, this.language));
    } catch {
      return null; // the tapped speaker stands in
    }
  }
}
