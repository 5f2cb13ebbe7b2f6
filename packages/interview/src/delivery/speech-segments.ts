/** A stretch of the recording, in ms from its start. */
export interface Span {
  startMs: number;
  endMs: number;
}

const finite = (n: number) => (Number.isFinite(n) ? n : 0);

/**
 * Voice-activity segments made safe to measure: non-finite numbers dropped, clamped to the recording,
 * sorted, overlaps merged, and gaps shorter than `bridgeMs` (the breath between words) bridged, so
 * that what is left between segments is silence worth calling a pause.
 */
export function normalizeSegments(segments: readonly Span[], durationMs: number, bridgeMs = 0): Span[] {
  const end = Math.max(0, finite(durationMs));
  const clamped = segments
    .filter((s) => Number.isFinite(s.startMs) && Number.isFinite(s.endMs))
    .map((s) => ({
      startMs: Math.min(end, Math.max(0, Math.min(s.startMs, s.endMs))),
      endMs: Math.min(end, Math.max(0, Math.max(s.startMs, s.endMs))),
    }))
    .filter((s) => s.endMs > s.startMs)
    .sort((a, b) => a.startMs - b.startMs);
  const merged: Span[] = [];
  for (const s of clamped) {
    const last = merged.at(-1);
    if (last && s.startMs - last.endMs <= bridgeMs) last.endMs = Math.max(last.endMs, s.endMs);
    else merged.push({ ...s });
  }
  return merged;
}

/** The silences between consecutive voiced segments lasting at least `minMs` (not before or after). */
export function gapsBetween(segments: readonly Span[], minMs: number): Span[] {
  const gaps: Span[] = [];
  for (let i = 1; i < segments.length; i++) {
    const startMs = segments[i - 1]!.endMs;
    const endMs = segments[i]!.startMs;
    if (endMs - startMs >= minMs) gaps.push({ startMs, endMs });
  }
  return gaps;
}
