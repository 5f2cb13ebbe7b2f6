import type { Category, CriteriaScores, Evaluation, StarScores } from "@studio/protocol";
import type { ReportAnswer } from "./report-input";

/** A valid Evaluation built by hand, for tests that must not depend on the evaluator's rules. */
export function makeEvaluation(
  scores: CriteriaScores,
  star: StarScores = { situation: 15, task: 15, action: 15, result: 15 },
  extra: Partial<Pick<Evaluation, "evidence" | "sentences">> = {},
): Evaluation {
  const total = Object.values(scores).reduce((sum, n) => sum + n, 0);
  return {
    scores,
    total,
    feedback: "",
    star,
    evidence: extra.evidence ?? [],
    provider: "rules",
    sentences: extra.sentences,
  };
}

export function uniformScores(score: 1 | 2 | 3 | 4 | 5): CriteriaScores {
  return { specificity: score, logic: score, technical: score, star: score, communication: score };
}

export function makeAnswer(
  questionId: string,
  category: Category,
  answer: string,
  evaluation: Evaluation,
  options: { followUp?: boolean; durationMs?: number | null; question?: string } = {},
): ReportAnswer {
  return {
    questionId,
    category,
    followUp: options.followUp ?? false,
    question: options.question ?? `${category} question`,
    answer,
    durationMs: options.durationMs ?? null,
    evaluation,
  };
}
