import type { Delivery, Language, TimedSegment } from "@studio/protocol";
import { frameLoudnessDb } from "./loudness";
import { measureDelivery } from "./measure-delivery";
import { speechSpans } from "./speech-spans";

/** A recorded answer as mono samples, with a voice-activity probability per frame of `frameMs`. */
export interface SampledAnswer {
  samples: Float32Array;
  sampleRate: number;
  probabilities: readonly number[];
  frameMs: number;
  language: Language;
  transcript: string;
  segments?: TimedSegment[];
}

/**
 * Delivery of recorded audio, wherever it was recorded (the browser or the server): the samples give
 * the length and the loudness per frame, the voice-activity probabilities the spans of speech.
 */
export function measureSampledDelivery(answer: SampledAnswer): Delivery {
  const { samples, sampleRate, frameMs } = answer;
  return measureDelivery({
    language: answer.language,
    durationMs: (samples.length / sampleRate) * 1000,
    speech: speechSpans(answer.probabilities, frameMs),
    levelsDb: frameLoudnessDb(samples, sampleRate, frameMs),
    frameMs,
    transcript: answer.transcript,
    ...(answer.segments ? { segments: answer.segments } : {}),
  });
}
