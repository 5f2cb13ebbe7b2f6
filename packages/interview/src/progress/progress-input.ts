import type { Category, CriteriaScores, Language, Mode, Role, SessionSummary } from "@studio/protocol";

/** One stored answer, as much of it as progress needs. */
export interface ProgressAnswer {
  questionId: string;
  category: Category;
  followUp: boolean;
  evaluation: { scores: CriteriaScores; total: number };
  createdAt: string;
}

/** One interview session of the candidate with its answers. */
export interface ProgressSession {
  id: string;
  status: SessionSummary["status"];
  language: Language;
  role: Role;
  mode: Mode;
  createdAt: string;
  completedAt: string | null;
  answers: readonly ProgressAnswer[];
}

/** One coding submission of the candidate. */
export interface ProgressSubmission {
  problemId: string;
  verdict: string;
  createdAt: string;
}
