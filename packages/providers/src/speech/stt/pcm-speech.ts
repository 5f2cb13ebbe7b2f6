import { loadSileroModel, VAD_FRAME_MS, VAD_FRAME_SAMPLES, VAD_SAMPLE_RATE } from "./silero-vad";

export { VAD_FRAME_MS, VAD_SAMPLE_RATE };

/** 16-bit little-endian PCM (what the room streams for server recognition) as samples in [-1, 1]. */
export function pcm16ToSamples(pcm: Uint8Array): Float32Array {
  const view = new DataView(pcm.buffer, pcm.byteOffset, pcm.byteLength - (pcm.byteLength % 2));
  const samples = new Float32Array(view.byteLength / 2);
  for (let i = 0; i < samples.length; i++) samples[i] = view.getInt16(i * 2, true) / 32768;
  return samples;
}

/**
 * Silero VAD's speech probability for every VAD_FRAME_MS frame of 16 kHz samples (a last partial
 * frame is padded with silence), with a fresh recurrent state: the whole answer after the fact.
 */
export async function speechProbabilities(samples: Float32Array): Promise<number[]> {
  const stream = (await loadSileroModel()).createStream();
  const probabilities: number[] = [];
  for (let start = 0; start < samples.length; start += VAD_FRAME_SAMPLES) {
    const frame = new Float32Array(VAD_FRAME_SAMPLES);
    frame.set(samples.subarray(start, start + VAD_FRAME_SAMPLES));
    probabilities.push(await stream.probability(frame));
  }
  return probabilities;
}
