export interface EndpointerOptions {
  frameMs: number;
  /** A frame at or above this probability is speech. */
  speechThreshold?: number;
  /** A frame below this probability is silence; between the two, a frame keeps the current state. */
  silenceThreshold?: number;
  /** Speech this long (frames need not be consecutive) before it counts: coughs and clicks do not. */
  minSpeechMs?: number;
  /** Silence this long after speech ends the utterance. */
  endSilenceMs: number;
}

export type EndpointEvent = "speech_start" | "speech_end";

/**
 * Decides from per-frame speech probabilities when an answer starts and when it is over, with
 * the hysteresis silero-vad recommends (speech at 0.5, silence under 0.35).
 */
export class SpeechEndpointer {
  private state: "waiting" | "speaking" | "ended" = "waiting";
  private frame = 0;
  private speechFrames = 0;
  private silentFrames = 0;
  private firstSpeechFrame: number | undefined;
  private lastSpeechFrame = 0;
  private readonly speechThreshold: number;
  private readonly silenceThreshold: number;
  private readonly minSpeechFrames: number;
  private readonly endSilenceFrames: number;

  constructor(private readonly options: EndpointerOptions) {
    this.speechThreshold = options.speechThreshold ?? 0.5;
    this.silenceThreshold = options.silenceThreshold ?? 0.35;
    this.minSpeechFrames = Math.ceil((options.minSpeechMs ?? 200) / options.frameMs);
    this.endSilenceFrames = Math.ceil(options.endSilenceMs / options.frameMs);
  }

  push(probability: number): EndpointEvent | undefined {
    const frame = this.frame++;
    if (this.state === "ended") return undefined;
    if (probability >= this.speechThreshold) return this.onSpeech(frame);
    if (probability < this.silenceThreshold) return this.onSilence();
    return undefined;
  }

  get speechDetected(): boolean {
    return this.state !== "waiting";
  }

  /** Where the speech started and (once ended) stopped, in ms from the first frame. */
  get span(): { startMs: number; endMs?: number } | undefined {
    if (this.state === "waiting" || this.firstSpeechFrame === undefined) return undefined;
    const startMs = this.firstSpeechFrame * this.options.frameMs;
    if (this.state !== "ended") return { startMs };
    return { startMs, endMs: (this.lastSpeechFrame + 1) * this.options.frameMs };
  }

  private onSpeech(frame: number): EndpointEvent | undefined {
    this.silentFrames = 0;
    this.lastSpeechFrame = frame;
    this.firstSpeechFrame ??= frame;
    if (this.state === "speaking") return undefined;
    this.speechFrames++;
    if (this.speechFrames < this.minSpeechFrames) return undefined;
    this.state = "speaking";
    return "speech_start";
  }

  private onSilence(): EndpointEvent | undefined {
    if (this.state === "waiting") {
      // A long pause before the answer proper: whatever blips came before were not it.
      if (++this.silentFrames >= this.endSilenceFrames) {
        this.speechFrames = 0;
        this.firstSpeechFrame = undefined;
      }
      return undefined;
    }
    if (++this.silentFrames < this.endSilenceFrames) return undefined;
    this.state = "ended";
    return "speech_end";
  }
}
