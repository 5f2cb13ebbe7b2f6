/** How the avatar's mouth should look this frame: openness and width, both roughly 0-1 and ~1. */
export interface MouthShape {
  open: number;
  width: number;
}

export const CLOSED_MOUTH: MouthShape = { open: 0, width: 1 };

/** Below this the voice is silent, whatever its level so far. */
const SILENCE_DB = -50;
/** The mouth opens over this range below the voice's recent peak. */
const RANGE_DB = 30;
/** How fast the remembered peak falls, in dB per read (~60 reads a second). */
const PEAK_DECAY_DB = 0.1;

/**
 * Reads the interviewer's playing voice from an AnalyserNode: loudness (RMS in dB, relative to the
 * voice's recent peak so quiet and loud voices both articulate) opens the mouth, and the balance of high (~1.5-4 kHz) against low (~250-900 Hz) formant energy makes it wider
 * ("ee") or rounder ("oo").
 */
export class MouthMeter {
  private readonly wave: Float32Array<ArrayBuffer>;
  private readonly spectrum: Uint8Array<ArrayBuffer>;
  private readonly lowBand: [number, number];
  private readonly highBand: [number, number];
  private peakDb = -30;

  constructor(private readonly analyser: AnalyserNode) {
    this.wave = new Float32Array(analyser.fftSize);
    this.spectrum = new Uint8Array(analyser.frequencyBinCount);
    const binHz = analyser.context.sampleRate / analyser.fftSize;
    const bin = (hz: number) => Math.min(analyser.frequencyBinCount - 1, Math.round(hz / binHz));
    this.lowBand = [bin(250), bin(900)];
    this.highBand = [bin(1500), bin(4000)];
  }

  read(): MouthShape {
    this.analyser.getFloatTimeDomainData(this.wave);
    let sum = 0;
    for (let i = 0; i < this.wave.length; i++) {
      const s = this.wave[i] ?? 0;
      sum += s * s;
    }
    const rms = Math.sqrt(sum / this.wave.length);
    const db = rms > 0 ? 20 * Math.log10(rms) : -120;
    this.peakDb = Math.max(db, this.peakDb - PEAK_DECAY_DB, -30);
    if (db < SILENCE_DB) return CLOSED_MOUTH;
    const loudness = Math.max(0, Math.min(1, (db - (this.peakDb - RANGE_DB)) / RANGE_DB)) ** 1.6;
    if (loudness === 0) return CLOSED_MOUTH;

    this.analyser.getByteFrequencyData(this.spectrum);
    const low = this.bandEnergy(this.lowBand);
    const high = this.bandEnergy(this.highBand);
    const brightness = low + high > 0 ? high / (low + high) : 0.5;
    return {
      open: loudness * (0.95 - 0.25 * brightness),
      width: 0.86 + 0.34 * brightness,
    };
  }

  private bandEnergy([from, to]: [number, number]): number {
    let sum = 0;
    for (let i = from; i <= to; i++) sum += this.spectrum[i] ?? 0;
    return sum / Math.max(1, to - from + 1);
  }
}

/**
 * speechSynthesis has no audio graph to measure: word boundaries (`onboundary`) drive a syllable-rate
 * movement instead, and a steady babble covers voices that never report boundaries.
 */
export class BoundaryMouth {
  private wordStart = 0;
  private wordMs = 0;
  private lastBoundary = 0;
  private speakingSince = 0;
  private active = false;

  start() {
    this.active = true;
    this.speakingSince = performance.now();
    this.lastBoundary = 0;
  }

  stop() {
    this.active = false;
  }

  /** A word of `chars` characters starts now; Hangul syllables are about one character each. */
  word(chars: number, hangul: boolean) {
    const now = performance.now();
    const syllables = Math.max(1, hangul ? chars : chars / 3);
    this.wordStart = now;
    this.wordMs = Math.min(1400, 110 + syllables * 165);
    this.lastBoundary = now;
  }

  read(): MouthShape {
    if (!this.active) return CLOSED_MOUTH;
    const now = performance.now();
    const sinceBoundary = now - this.lastBoundary;
    const reportsBoundaries = this.lastBoundary > 0 && sinceBoundary < 1500;
    if (reportsBoundaries) {
      const t = now - this.wordStart;
      if (t > this.wordMs) return CLOSED_MOUTH;
      const syllable = Math.abs(Math.sin((t / 165) * Math.PI));
      return { open: 0.2 + 0.6 * syllable, width: 0.95 + 0.1 * Math.sin(t / 90) };
    }
    if (now - this.speakingSince < 250) return CLOSED_MOUTH;
    const t = now - this.speakingSince;
    const syllable = Math.abs(Math.sin((t / 170) * Math.PI)) * (0.75 + 0.25 * Math.sin(t / 610));
    return { open: 0.15 + 0.5 * syllable, width: 0.95 + 0.1 * Math.sin(t / 130) };
  }
}
