import type { Language } from "@studio/protocol";
import { ESPEAK_SAMPLE_RATE, EspeakSynthesizer } from "../tts/espeak-synthesizer";

/** Linear-interpolation resampling of PCM16LE: good enough to feed test speech to a 16 kHz model. */
export function resamplePcm16(pcm: Uint8Array, fromRate: number, toRate: number): Uint8Array {
  const input = new Int16Array(pcm.buffer.slice(pcm.byteOffset, pcm.byteOffset + (pcm.byteLength & ~1)));
  const output = new Int16Array(Math.floor((input.length * toRate) / fromRate));
  for (let i = 0; i < output.length; i++) {
    const at = (i * fromRate) / toRate;
    const left = Math.floor(at);
    const right = Math.min(left + 1, input.length - 1);
    output[i] = Math.round(input[left]! + (input[right]! - input[left]!) * (at - left));
  }
  return new Uint8Array(output.buffer);
}

export function silencePcm16(ms: number, sampleRate = 16_000): Uint8Array {
  return new Uint8Array(Math.round((ms / 1000) * sampleRate) * 2);
}

/** Uniform noise from a fixed seed, so a test sees the same "room" every run. */
export function noisePcm16(ms: number, amplitude: number, sampleRate = 16_000, seed = 7): Uint8Array {
  const samples = new Int16Array(Math.round((ms / 1000) * sampleRate));
  let state = seed;
  for (let i = 0; i < samples.length; i++) {
    state = (state * 1_103_515_245 + 12_345) & 0x7fffffff;
    samples[i] = Math.round(((state / 0x7fffffff) * 2 - 1) * amplitude * 32767);
  }
  return new Uint8Array(samples.buffer);
}

export function concatBytes(parts: Uint8Array[]): Uint8Array {
  return new Uint8Array(Buffer.concat(parts));
}

/** Real speech for tests: espeak-ng's voice, resampled to the 16 kHz the microphone path uses. */
export async function spokenPcm16k(text: string, language: Language): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of new EspeakSynthesizer().synthesize(text, { language })) chunks.push(chunk);
  return resamplePcm16(concatBytes(chunks), ESPEAK_SAMPLE_RATE, 16_000);
}

/** Splits audio into pieces the size a browser sends (`ms` each), as the gateway would push them. */
export function* audioPieces(pcm: Uint8Array, ms = 100, sampleRate = 16_000): Generator<Uint8Array> {
  const size = Math.round((ms / 1000) * sampleRate) * 2;
  for (let at = 0; at < pcm.byteLength; at += size) yield pcm.subarray(at, at + size);
}

/** Root mean square of PCM16LE samples, 0-1. */
export function rmsPcm16(pcm: Uint8Array): number {
  const samples = new Int16Array(pcm.buffer.slice(pcm.byteOffset, pcm.byteOffset + (pcm.byteLength & ~1)));
  let sum = 0;
  for (const sample of samples) sum += (sample / 32768) ** 2;
  return Math.sqrt(sum / Math.max(1, samples.length));
}
