import { Pcm16Framer } from "../audio/pcm16-frames";
import { loadSileroModel, type SileroStream, VAD_FRAME_MS, VAD_FRAME_SAMPLES } from "./silero-vad";
import { type EndpointEvent, SpeechEndpointer } from "./speech-endpointer";

/** What the voice-activity detector made of an utterance's audio. */
export type VadVerdict =
  | { kind: "speech"; startMs: number; endMs?: number }
  | { kind: "silence" }
  /** The model could not be loaded: the audio is taken as it is. */
  | { kind: "unknown"; reason: string };

export interface VoiceActivityOptions {
  endSilenceMs: number;
  onEvent(event: EndpointEvent): void;
}

/**
 * Endpointing for one utterance: 16 kHz PCM16 in, "speech_start" / "speech_end" out. Frames are
 * scored in order in the background; `settled()` waits for the ones already pushed.
 */
export class VoiceActivity {
  private readonly framer = new Pcm16Framer(VAD_FRAME_SAMPLES);
  private readonly endpointer: SpeechEndpointer;
  private readonly stream: Promise<SileroStream>;
  private work: Promise<void>;
  private failure: string | undefined;
  private stopped = false;

  constructor(private readonly options: VoiceActivityOptions) {
    this.endpointer = new SpeechEndpointer({ frameMs: VAD_FRAME_MS, endSilenceMs: options.endSilenceMs });
    this.stream = loadSileroModel().then((model) => model.createStream());
    this.work = this.stream.then(
      () => {},
      (error: unknown) => {
        this.failure = `voice activity model unavailable: ${error instanceof Error ? error.message : error}`;
      },
    );
  }

  push(pcm: Uint8Array): void {
    if (this.stopped) return;
    const frames = this.framer.push(pcm);
    if (frames.length) this.work = this.work.then(() => this.score(frames));
  }

  /** Resolves once every frame pushed so far has been scored. */
  async settled(): Promise<VadVerdict> {
    await this.work;
    if (this.failure) return { kind: "unknown", reason: this.failure };
    const span = this.endpointer.span;
    return span ? { kind: "speech", ...span } : { kind: "silence" };
  }

  stop(): void {
    this.stopped = true;
  }

  private async score(frames: Float32Array[]): Promise<void> {
    if (this.failure) return;
    const stream = await this.stream;
    try {
      for (const frame of frames) {
        if (this.stopped) return;
        const event = this.endpointer.push(await stream.probability(frame));
        if (event) this.options.onEvent(event);
      }
    } catch (error) {
      this.failure = `voice activity detection failed: ${error instanceof Error ? error.message : error}`;
    }
  }
}
