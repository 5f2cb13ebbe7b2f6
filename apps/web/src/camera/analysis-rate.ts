/** About two frames a second on a fast device... */
export const MIN_INTERVAL_MS = 500;
/** ...and never fewer than one every four seconds on a slow one. */
export const MAX_INTERVAL_MS = 4000;
/** The analysis may use at most about 1/LOAD_FACTOR of one core. */
const LOAD_FACTOR = 2.5;

/**
 * The pause before the next frame, from how long the last analyses took (a moving average): a slow
 * device gets a lower rate instead of a busy main thread and a late interview.
 */
export function nextInterval(recentMs: readonly number[]): number {
  if (recentMs.length === 0) return 1000;
  const average = recentMs.reduce((a, b) => a + b, 0) / recentMs.length;
  return Math.round(Math.min(MAX_INTERVAL_MS, Math.max(MIN_INTERVAL_MS, average * LOAD_FACTOR)));
}
