/** Quieter than this is treated as this: digital silence has no finite level. */
const FLOOR_DB = -90;
/**
 * Loudness is compared over windows of this much voiced time. Syllables rise and fall 4-6 times a second
 * (10-20 dB each), which says nothing about a monotone voice; over a second that rhythm averages out and
 * what is left is the phrase-to-phrase change a listener hears as emphasis.
 */
export const LOUDNESS_WINDOW_MS = 1000;

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

/** The level of frames together: their mean power, in dB. */
const powerMeanDb = (levels: readonly number[]) =>
  10 * Math.log10(levels.reduce((sum, db) => sum + 10 ** (db / 10), 0) / levels.length);

/**
 * How much the voice's loudness changes from phrase to phrase: the standard deviation (dB) of the level
 * of consecutive windows of voiced speech (LOUDNESS_WINDOW_MS each, half overlapping; silence left out).
 * 0 with under one and a half windows of speech.
 */
export function loudnessVariation(
  levelsDb: readonly number[],
  frameMs: number,
  voiced: readonly { startMs: number; endMs: number }[],
): number {
  if (!(frameMs > 0)) return 0;
  const inVoice = levelsDb.filter((db, i) => {
    const mid = (i + 0.5) * frameMs;
    return Number.isFinite(db) && voiced.some((s) => mid >= s.startMs && mid < s.endMs);
  });
  const size = Math.max(1, Math.round(LOUDNESS_WINDOW_MS / frameMs));
  const hop = Math.max(1, Math.floor(size / 2));
  const windows: number[] = [];
  for (let start = 0; start + size <= inVoice.length; start += hop) {
    windows.push(powerMeanDb(inVoice.slice(start, start + size)));
  }
  if (windows.length < 2) return 0;
  const mean = windows.reduce((a, b) => a + b, 0) / windows.length;
  const variance = windows.reduce((a, b) => a + (b - mean) ** 2, 0) / windows.length;
  return Math.min(60, Math.sqrt(variance));
}
