const FIRST_MS = 500;
const MAX_MS = 8000;

/** Exponential backoff from 0.5 s to 8 s with ±20 % jitter, so clients do not reconnect in lockstep. */
export function reconnectDelay(attempt: number, random: () => number = Math.random): number {
  const base = Math.min(MAX_MS, FIRST_MS * 2 ** attempt);
  return Math.round(Math.min(MAX_MS, base * (0.8 + random() * 0.4)));
}
