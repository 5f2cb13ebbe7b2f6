import type { CodingLanguage, Difficulty, ProblemLimits } from "@studio/protocol";

export type Localized = { en: string; ko: string };

/** One test case on disk; its data is read when a submission is judged. */
export interface ProblemTest {
  name: string;
  inputPath: string;
  answerPath: string;
  sample: boolean;
}

/** A problem package loaded from problems/<id> (Kattis-style layout). */
export interface Problem {
  id: string;
  dir: string;
  title: Localized;
  difficulty: Difficulty;
  statement: Localized;
  limits: ProblemLimits;
  /** Absolute and relative tolerance for numeric tokens; undefined compares tokens exactly. */
  floatTolerance?: number;
  /** Samples first, then secret tests, each group in name order. */
  tests: ProblemTest[];
  /** The sample tests' contents, shown with the statement. */
  samples: Array<{ input: string; output: string }>;
  starterCode: Record<CodingLanguage, string>;
}
