import type { Span } from "./speech-segments";

export interface SpanOptions {
  /** A frame at or over this probability starts speech (Silero's own default is 0.5). */
  positive: number;
  /** Speech continues until frames fall under this (hysteresis: 0.15 below `positive`, as Silero advises). */
  negative: number;
  /** Shorter voiced bursts are clicks or breaths, not speech. */
  minSpeechMs: number;
}

export const DEFAULT_SPAN_OPTIONS: SpanOptions = { positive: 0.5, negative: 0.35, minSpeechMs: 90 };

/**
 * Voiced spans from per-frame speech probabilities (Silero VAD's output), with hysteresis so a word's
 * quieter end is not cut. Non-finite probabilities count as silence.
 */
export function speechSpans(
  probabilities: readonly number[],
  frameMs: number,
  options: SpanOptions = DEFAULT_SPAN_OPTIONS,
): Span[] {
  if (!(frameMs > 0)) return [];
  const spans: Span[] = [];
  let start = -1;
  const close = (endFrame: number) => {
    if (start >= 0 && (endFrame - start) * frameMs >= options.minSpeechMs) {
      spans.push({ startMs: start * frameMs, endMs: endFrame * frameMs });
    }
    start = -1;
  };
  probabilities.forEach((raw, i) => {
    const p = Number.isFinite(raw) ? raw : 0;
    if (start < 0 && p >= options.positive) start = i;
    else if (start >= 0 && p < options.negative) close(i);
  });
  close(probabilities.length);
  return spans;
}
