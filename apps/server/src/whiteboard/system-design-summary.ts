import type { Report, SessionSummary } from "@studio/protocol";

/** The history's line on the system-design round: on or off, boards drawn, their mean score (1-5). */
export function systemDesignSummary(
  enabled: boolean,
  report: Report | null | undefined,
): SessionSummary["systemDesign"] {
  const boards = report?.whiteboard?.boards ?? [];
  if (!enabled && boards.length === 0) return undefined;
  const scores = boards.flatMap((b) => Object.values(b.scores));
  const mean = scores.length ? scores.reduce((a, b) => a + b, 0) / scores.length : null;
  return {
    enabled,
    boards: boards.length,
    score: mean === null ? null : Math.round(mean * 10) / 10,
  };
}
