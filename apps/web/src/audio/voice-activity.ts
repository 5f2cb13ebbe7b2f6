export type VoiceEvent = "start" | "end" | null;

interface EnergyVadOptions {
  /** Duration of one `push`, in ms. */
  frameMs: number;
  /** Loud frames in a row, in ms, before speech starts. */
  startMs?: number;
  /** Quiet time, in ms, before speech is over. */
  endMs?: number;
}

/**
 * A simple energy voice-activity detector: speech is a run of frames well above an adaptive noise
 * floor. Good enough to know when a candidate starts and stops talking in a quiet room.
 */
export class EnergyVad {
  private floor = 0.004;
  private loudFor = 0;
  private quietFor = 0;
  private speaking = false;
  private readonly startMs: number;
  private readonly endMs: number;

  constructor(private readonly options: EnergyVadOptions) {
    this.startMs = options.startMs ?? 200;
    this.endMs = options.endMs ?? 1800;
  }

  get isSpeaking(): boolean {
    return this.speaking;
  }

  /** One frame's RMS level; `sensitivity` below 1 demands louder speech (e.g. while audio plays). */
  push(rms: number, sensitivity = 1): VoiceEvent {
    const threshold = Math.max(0.012, this.floor * 3.5) / sensitivity;
    const loud = rms > threshold;
    if (!this.speaking && !loud) {
      // The floor follows a quieter room at once and a noisier one slowly, so speech does not lift it.
      const weight = rms < this.floor ? 0.2 : 0.02;
      this.floor = this.floor * (1 - weight) + Math.max(0.001, rms) * weight;
    }
    if (loud) {
      this.loudFor += this.options.frameMs;
      this.quietFor = 0;
    } else {
      this.quietFor += this.options.frameMs;
      this.loudFor = 0;
    }
    if (!this.speaking && this.loudFor >= this.startMs) {
      this.speaking = true;
      return "start";
    }
    if (this.speaking && this.quietFor >= this.endMs) {
      this.speaking = false;
      return "end";
    }
    return null;
  }

  reset() {
    this.speaking = false;
    this.loudFor = 0;
    this.quietFor = 0;
  }
}
