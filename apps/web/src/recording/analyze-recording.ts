import { measureSampledDelivery } from "@studio/interview/speech";
import type { Delivery, Language, TimedSegment } from "@studio/protocol";
import { speechProbabilities, VAD_FRAME_MS, VAD_SAMPLE_RATE } from "./silero-browser";

/** The recording as 16 kHz mono samples (the browser decodes and resamples it). */
export async function decodeToMono16k(blob: Blob): Promise<Float32Array> {
  const bytes = await blob.arrayBuffer();
  const decoder = new OfflineAudioContext(1, 1, VAD_SAMPLE_RATE);
  const decoded = await decoder.decodeAudioData(bytes);
  const length = Math.max(1, Math.ceil(decoded.duration * VAD_SAMPLE_RATE));
  const offline = new OfflineAudioContext(1, length, VAD_SAMPLE_RATE);
  const source = offline.createBufferSource();
  source.buffer = decoded;
  source.connect(offline.destination);
  source.start();
  return (await offline.startRendering()).getChannelData(0);
}

/**
 * Delivery figures of a recorded answer: Silero VAD over the audio for talk, thinking time and pauses,
 * frame loudness for its variation, the transcript for rate and fillers. Runs entirely in the browser.
 */
export async function analyzeRecording(
  blob: Blob,
  transcript: string,
  language: Language,
  segments?: TimedSegment[],
): Promise<Delivery> {
  const samples = await decodeToMono16k(blob);
  const probabilities = await speechProbabilities(samples);
  return measureSampledDelivery({
    samples,
    sampleRate: VAD_SAMPLE_RATE,
    probabilities,
    frameMs: VAD_FRAME_MS,
    language,
    transcript,
    segments,
  });
}
