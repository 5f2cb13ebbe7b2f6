/** A round without its own limit (the interview had none set) lasts this long. */
export const DEFAULT_ROUND_MINUTES = 30;
/** Boards that arrive this long after the deadline still count: the last autosave and the analysis the
 * page sends when the time is up are in flight at that moment. */
export const ROUND_GRACE_MS = 30_000;

export interface RoundFacts {
  /** When the round was first opened; null while it never was. */
  startedAt: Date | null;
  /** The limit fixed when the round started, else the interview's setting. */
  minutes: number | null;
  /** When the interview's last answer was given; null while it runs. */
  completedAt: Date | null;
}

export type RoundVerdict = "open" | "time_up" | "interview_over";

export const roundDeadline = (startedAt: Date, minutes: number | null): Date =>
  new Date(startedAt.getTime() + (minutes ?? DEFAULT_ROUND_MINUTES) * 60_000);

/**
 * Whether a board may still be stored. A started round closes at its deadline (plus the grace), whether the
 * interview still runs or not. A round never opened may still start within its limit after the interview's
 * end (a candidate who answered first draws afterwards); after that the report is final.
 */
export function roundVerdict(facts: RoundFacts, now: Date): RoundVerdict {
  if (facts.startedAt) {
    const closesAt = roundDeadline(facts.startedAt, facts.minutes).getTime() + ROUND_GRACE_MS;
    return now.getTime() <= closesAt ? "open" : "time_up";
  }
  if (!facts.completedAt) return "open";
  const closesAt = roundDeadline(facts.completedAt, facts.minutes).getTime();
  return now.getTime() <= closesAt ? "open" : "interview_over";
}
