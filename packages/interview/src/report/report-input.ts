import type { Language, Report, Role } from "@studio/protocol";

/** One answered question as the report receives it (the per-question breakdown row). */
export type ReportAnswer = Report["questions"][number];

export interface BuildReportInput {
  sessionId: string;
  language: Language;
  role: Role;
  /** In the order they were given, follow-ups right after their main answer. */
  answers: readonly ReportAnswer[];
  timeLimitMs: number;
  /** ISO timestamp. */
  createdAt: string;
}
