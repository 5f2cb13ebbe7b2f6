import type { SessionSummary } from "@studio/protocol";

export interface ScorePoint {
  id: string;
  date: string;
  total: number;
  grade: string;
}

/** Score totals of completed interviews that have a report, oldest first, for trend charts. */
export function sessionScores(sessions: SessionSummary[] | undefined, limit = 20): ScorePoint[] {
  return (sessions ?? [])
    .filter((s) => s.status === "completed" && s.score !== null && s.grade !== null)
    .slice(0, limit)
    .map((s) => ({
      id: s.id,
      date: s.completedAt ?? s.createdAt,
      total: Math.round(s.score! * 10) / 10,
      grade: s.grade!,
    }))
    .reverse();
}
