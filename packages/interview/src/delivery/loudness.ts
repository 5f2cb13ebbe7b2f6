/** Quieter than this is treated as this: digital silence has no finite level. */
const FLOOR_DB = -90;

/** Loudness (RMS in dBFS) of each `frameMs` frame of mono samples; a trailing partial frame is dropped. */
export function frameLoudnessDb(samples: Float32Array, sampleRate: number, frameMs: number): number[] {
  const size = Math.floor((sampleRate * frameMs) / 1000);
  if (!(size > 0)) return [];
  const levels: number[] = [];
  for (let start = 0; start + size <= samples.length; start += size) {
    let sum = 0;
    for (let i = start; i < start + size; i++) {
      const v = samples[i]!;
      sum += Number.isFinite(v) ? v * v : 0;
    }
    const rms = Math.sqrt(sum / size);
    levels.push(rms > 0 ? Math.max(FLOOR_DB, 20 * Math.log10(rms)) : FLOOR_DB);
  }
  return levels;
}

/** Standard deviation (dB) of the frame levels that fall inside voiced spans; 0 with fewer than two. */
export function loudnessVariation(
  levelsDb: readonly number[],
  frameMs: number,
  voiced: readonly { startMs: number; endMs: number }[],
): number {
  const inVoice = levelsDb.filter((db, i) => {
    const mid = (i + 0.5) * frameMs;
    return Number.isFinite(db) && voiced.some((s) => mid >= s.startMs && mid < s.endMs);
  });
  if (inVoice.length < 2) return 0;
  const mean = inVoice.reduce((a, b) => a + b, 0) / inVoice.length;
  const variance = inVoice.reduce((a, b) => a + (b - mean) ** 2, 0) / inVoice.length;
  return Math.min(60, Math.sqrt(variance));
}
