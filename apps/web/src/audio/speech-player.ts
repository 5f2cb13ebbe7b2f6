import type { AudioFormat } from "@studio/protocol";
import { base64ToBytes, parseWav, pcm16ToFloat32 } from "./pcm16";

export interface AudioChunk {
  seq: number;
  data: string;
  format: AudioFormat["format"];
  sampleRate: number;
}

interface RawChunk {
  bytes: Uint8Array<ArrayBuffer>;
  format: AudioFormat["format"];
  sampleRate: number;
}

interface Segment {
  utterance: number;
  start: number;
  duration: number;
}

/** How long a hole in the sequence may hold back the chunks after it before it is skipped. */
const GAP_WAIT_MS = 400;
/** Headroom before the first chunk of an utterance so its start is not clipped. */
const START_LEAD_S = 0.04;

/**
 * The interviewer's voice: chunks are put back in `seq` order (later ones wait for a missing one),
 * decoded and scheduled back to back on one AudioContext, and all of it runs through an AnalyserNode
 * that drives the avatar's mouth. `interrupt()` flushes everything at once (barge-in).
 */
export class SpeechPlayer {
  readonly analyser: AnalyserNode;
  private readonly output: GainNode;
  private readonly sources = new Set<AudioBufferSourceNode>();
  private readonly pending = new Map<number, RawChunk>();
  private segments: Segment[] = [];
  private expectedSeq: number | null = null;
  private lastSeq: number | null = null;
  private gapTimer: ReturnType<typeof setTimeout> | null = null;
  private nextStart = 0;
  private receiving = false;
  private discarding = false;
  private utterance = 0;
  private epoch = 0;
  private decoding: Promise<void> = Promise.resolve();
  private speaking = false;

  constructor(
    private readonly context: AudioContext,
    private readonly onSpeakingChange: (speaking: boolean) => void,
  ) {
    this.output = context.createGain();
    this.analyser = context.createAnalyser();
    this.analyser.fftSize = 1024;
    this.analyser.smoothingTimeConstant = 0.35;
    this.output.connect(this.analyser);
    this.analyser.connect(context.destination);
  }

  /** An `ai_audio_chunk`. */
  push(chunk: AudioChunk) {
    if (this.discarding) return;
    if (chunk.format === "none") return;
    let bytes: Uint8Array<ArrayBuffer>;
    try {
      bytes = base64ToBytes(chunk.data);
    } catch {
      return;
    }
    this.accept(chunk.seq, { bytes, format: chunk.format, sampleRate: chunk.sampleRate });
  }

  /** A binary frame: raw audio in the announced format, in arrival order. */
  pushBinary(data: ArrayBuffer, format: AudioFormat) {
    if (this.discarding || format.format === "none") return;
    const seq = this.expectedSeq ?? (this.lastSeq === null ? 0 : this.lastSeq + 1);
    this.accept(seq, { bytes: new Uint8Array(data), format: format.format, sampleRate: format.sampleRate });
  }

  /** `ai_audio_end`: this utterance has no more chunks; play what is buffered, holes or not. */
  end() {
    if (this.discarding) {
      this.discarding = false;
      return;
    }
    this.clearGapTimer();
    for (const seq of [...this.pending.keys()].sort((a, b) => a - b)) this.release(seq);
    this.expectedSeq = null;
    this.receiving = false;
    this.utterance += 1;
    this.settle();
  }

  /** A new utterance is starting: chunks still in flight from an interrupted one are over. */
  beginUtterance() {
    this.discarding = false;
  }

  /** Barge-in: stops all sound now and drops what is queued. Returns the ms of this utterance played. */
  interrupt(): number {
    const playedMs = this.playedMs();
    // Chunks of the cut-off utterance may still arrive until its ai_audio_end.
    this.discarding = this.receiving;
    this.epoch += 1;
    this.clearGapTimer();
    this.pending.clear();
    for (const source of this.sources) {
      source.onended = null;
      try {
        source.stop();
      } catch {
        // never started
      }
      source.disconnect();
    }
    this.sources.clear();
    this.segments = [];
    this.expectedSeq = null;
    this.receiving = false;
    this.nextStart = 0;
    this.utterance += 1;
    this.setSpeaking(false);
    return playedMs;
  }

  get isSpeaking(): boolean {
    return this.speaking;
  }

  dispose() {
    this.interrupt();
    this.discarding = false;
    this.output.disconnect();
    this.analyser.disconnect();
  }

  /** Milliseconds of the utterance now playing (or last played) that were actually heard. */
  playedMs(): number {
    const now = this.context.currentTime;
    const current = this.segments.findLast((s) => s.start <= now)?.utterance;
    if (current === undefined) return 0;
    let played = 0;
    for (const s of this.segments) {
      if (s.utterance === current) played += Math.max(0, Math.min(now - s.start, s.duration));
    }
    return Math.round(played * 1000);
  }

  private accept(seq: number, chunk: RawChunk) {
    if (this.expectedSeq === null) {
      // Numbering may restart at 0 for each utterance or run on across them.
      if (seq === 0 || (this.lastSeq !== null && seq === this.lastSeq + 1)) this.expectedSeq = seq;
    } else if (seq < this.expectedSeq) {
      return; // a duplicate
    }
    this.receiving = true;
    this.pending.set(seq, chunk);
    this.setSpeaking(true);
    this.drain();
    if (this.pending.size > 0) this.armGapTimer();
  }

  private drain() {
    while (this.expectedSeq !== null && this.pending.has(this.expectedSeq)) {
      this.release(this.expectedSeq);
      this.expectedSeq += 1;
    }
    if (this.pending.size === 0) this.clearGapTimer();
  }

  private armGapTimer() {
    if (this.gapTimer) return;
    this.gapTimer = setTimeout(() => {
      this.gapTimer = null;
      const lowest = Math.min(...this.pending.keys());
      if (!Number.isFinite(lowest)) return;
      this.expectedSeq = lowest;
      this.drain();
      if (this.pending.size > 0) this.armGapTimer();
    }, GAP_WAIT_MS);
  }

  private clearGapTimer() {
    if (this.gapTimer) clearTimeout(this.gapTimer);
    this.gapTimer = null;
  }

  private release(seq: number) {
    const chunk = this.pending.get(seq);
    this.pending.delete(seq);
    this.lastSeq = seq;
    if (!chunk) return;
    const epoch = this.epoch;
    const utterance = this.utterance;
    const decoded = this.decode(chunk);
    if (!(decoded instanceof Promise)) {
      // Keep order behind any compressed chunk still decoding.
      this.decoding = this.decoding.then(() => {
        if (decoded && epoch === this.epoch) this.schedule(decoded, utterance);
      });
      return;
    }
    this.decoding = this.decoding
      .then(() => decoded)
      .then(
        (buffer) => {
          if (epoch === this.epoch) this.schedule(buffer, utterance);
        },
        () => undefined,
      );
  }

  private decode(chunk: RawChunk): AudioBuffer | Promise<AudioBuffer> | null {
    if (chunk.format === "pcm16") return this.floatsToBuffer(pcm16ToFloat32(chunk.bytes), chunk.sampleRate);
    if (chunk.format === "wav") {
      const wav = parseWav(chunk.bytes);
      if (wav) return this.floatsToBuffer(pcm16ToFloat32(wav.data, wav.channels), wav.sampleRate);
      // A continuation of a streamed WAV carries bare samples.
      return this.floatsToBuffer(pcm16ToFloat32(chunk.bytes), chunk.sampleRate);
    }
    return this.context.decodeAudioData(chunk.bytes.buffer.slice(0));
  }

  private floatsToBuffer(samples: Float32Array<ArrayBuffer>, sampleRate: number): AudioBuffer | null {
    if (samples.length === 0) return null;
    const buffer = this.context.createBuffer(1, samples.length, sampleRate);
    buffer.copyToChannel(samples, 0);
    return buffer;
  }

  private schedule(buffer: AudioBuffer, utterance: number) {
    const now = this.context.currentTime;
    const start = this.nextStart > now ? this.nextStart : now + START_LEAD_S;
    const source = this.context.createBufferSource();
    source.buffer = buffer;
    source.connect(this.output);
    source.onended = () => {
      this.sources.delete(source);
      source.disconnect();
      this.settle();
    };
    source.start(start);
    this.sources.add(source);
    this.nextStart = start + buffer.duration;
    this.segments.push({ utterance, start, duration: buffer.duration });
    if (this.segments.length > 2000) this.segments.splice(0, 1000);
    this.setSpeaking(true);
  }

  /** Speaking ends when nothing is queued, decoding or sounding and no utterance is still arriving. */
  private settle() {
    const epoch = this.epoch;
    void this.decoding.then(() => {
      if (epoch !== this.epoch) return;
      if (this.sources.size === 0 && this.pending.size === 0 && !this.receiving) this.setSpeaking(false);
    });
  }

  private setSpeaking(speaking: boolean) {
    if (this.speaking === speaking) return;
    this.speaking = speaking;
    this.onSpeakingChange(speaking);
  }
}
