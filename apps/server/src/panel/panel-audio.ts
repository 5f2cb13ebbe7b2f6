import type { Language } from "@studio/protocol";
import type { RecognitionSession, SpeechRecognizer } from "@studio/providers";
import { clipLabels, type Diarizer } from "./diarization";

const BYTES_PER_SECOND = 16_000 * 2;
/** Most audio kept for diarization per utterance (16 kHz PCM16: 2 minutes). */
const MAX_KEPT_BYTES = BYTES_PER_SECOND * 120;
/** Earlier utterances of this microphone sent along with a new one (3 minutes at most, oldest dropped). */
const MAX_HISTORY_BYTES = BYTES_PER_SECOND * 180;

/** Diarized: the utterance's clip, and the utterances earlier clips became that the engine heard as the same voice. */
export interface HeardVoice {
  clip: number;
  /** Utterance ids, latest first. */
  sameAs: string[];
}

export interface HeardSpeech {
  text: string;
  /** Null without a diarizer (the tapped speaker stands in). */
  voice: HeardVoice | null;
}

interface Clip {
  id: number;
  pcm: Uint8Array;
  utteranceId: string | null;
}

/**
 * One connection's microphone: server recognition of each utterance and, in a shared room with a
 * diarizer, whose voice it is. A diarization engine's labels ("0", "SPEAKER_00") only mean something
 * within one request: each clip alone would be "the first voice heard". So every new clip is sent
 * after the recent clips of the same microphone, and it is matched to the earlier clips the engine
 * labels alike in that one recording. Audio is kept only in memory, a few minutes at most.
 */
export class PanelAudio {
  private session: RecognitionSession | null = null;
  private kept: Uint8Array[] = [];
  private keptBytes = 0;
  private history: Clip[] = [];
  private clips = 0;

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

  /** The utterance a heard clip became: later clips in the same voice are matched to it. */
  remember(clip: number, utteranceId: string): void {
    const found = this.history.find((c) => c.id === clip);
    if (found) found.utteranceId = utteranceId;
  }

  close(): void {
    this.session?.abort();
    this.session = null;
    this.history = [];
  }

  private start(): RecognitionSession {
    return this.recognizer.start({
      language: this.language,
      onInterim: () => undefined,
      onFinal: (transcript) => {
        const pcm = Buffer.concat(this.kept);
        this.session = null;
        this.dropKept();
        if (!transcript.trim()) return;
        void this.voiceOf(pcm).then((voice) => this.onHeard({ text: transcript, voice }));
      },
      onError: (error) => {
        this.session = null;
        this.dropKept();
        this.onFailed(`Speech recognition failed (${error.kind}); please type instead`);
      },
    });
  }

  private dropKept(): void {
    this.kept = [];
    this.keptBytes = 0;
  }

  private async voiceOf(pcm: Uint8Array): Promise<HeardVoice | null> {
    if (!this.diarizer || pcm.length === 0) return null;
    const clip: Clip = { id: ++this.clips, pcm, utteranceId: null };
    const earlier = this.history.filter((c) => c.utteranceId !== null);
    this.keep(clip);
    try {
      const recording = [...earlier, clip];
      const bounds: { start: number; end: number }[] = [];
      let offset = 0;
      for (const c of recording) {
        bounds.push({ start: offset / BYTES_PER_SECOND, end: (offset + c.pcm.length) / BYTES_PER_SECOND });
        offset += c.pcm.length;
      }
      const turns = await this.diarizer.diarize(Buffer.concat(recording.map((c) => c.pcm)), this.language);
      const labels = clipLabels(turns, bounds);
      const mine = labels.at(-1) ?? null;
      const sameAs = earlier
        .filter((_clip, i) => mine !== null && labels[i] === mine)
        .map((c) => c.utteranceId as string)
        .reverse();
      return { clip: clip.id, sameAs };
    } catch {
      return { clip: clip.id, sameAs: [] }; // the tapped speaker stands in
    }
  }

  /** Keeps the newest clips within MAX_HISTORY_BYTES. */
  private keep(clip: Clip): void {
    this.history.push(clip);
    let bytes = this.history.reduce((sum, c) => sum + c.pcm.length, 0);
    while (bytes > MAX_HISTORY_BYTES && this.history.length > 1) {
      bytes -= this.history.shift()?.pcm.length ?? 0;
    }
  }
}
