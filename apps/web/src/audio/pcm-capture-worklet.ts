/**
 * AudioWorklet: microphone floats at the context rate → PCM16LE mono 16 kHz, posted to the page in
 * 100 ms chunks together with their RMS level (for the in-page voice-activity detector).
 */
import { Downsampler } from "./downsampler";
import { floatToPcm16Sample } from "./pcm16";

// The AudioWorkletGlobalScope is not part of TypeScript's DOM library.
declare const sampleRate: number;
declare class AudioWorkletProcessor {
  readonly port: MessagePort;
}
declare function registerProcessor(name: string, processor: new () => AudioWorkletProcessor): void;

const TARGET_RATE = 16_000;
const CHUNK_SAMPLES = TARGET_RATE / 10;

class PcmCaptureProcessor extends AudioWorkletProcessor {
  private readonly downsampler = new Downsampler(sampleRate, TARGET_RATE);
  private chunk = new Int16Array(CHUNK_SAMPLES);
  private filled = 0;
  private sumSquares = 0;

  process(inputs: Float32Array[][]): boolean {
    const channel = inputs[0]?.[0];
    if (!channel) return true;
    const samples = this.downsampler.push(channel);
    for (let i = 0; i < samples.length; i++) {
      const sample = samples[i] ?? 0;
      this.chunk[this.filled++] = floatToPcm16Sample(sample);
      this.sumSquares += sample * sample;
      if (this.filled === CHUNK_SAMPLES) this.flush();
    }
    return true;
  }

  private flush() {
    const pcm = this.chunk.buffer;
    this.port.postMessage({ pcm, rms: Math.sqrt(this.sumSquares / CHUNK_SAMPLES) }, [pcm]);
    this.chunk = new Int16Array(CHUNK_SAMPLES);
    this.filled = 0;
    this.sumSquares = 0;
  }
}

registerProcessor("pcm-capture", PcmCaptureProcessor);
