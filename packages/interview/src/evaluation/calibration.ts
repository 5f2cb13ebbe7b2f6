import {
  CRITERIA,
  type CriteriaScores,
  type Criterion,
  criteriaScoresSchema,
  evaluateBodySchema,
  idParamsSchema,
} from "@studio/protocol";
import { z } from "zod";
import { countFillerTotal } from "../text/fillers";
import { tokenize } from "../text/tokenize";
import { evaluateAnswer } from "./evaluate-answer";

/** One line of the reference set (`answers-dev.jsonl`): an evaluate request with human ratings. */
export const labelledAnswerSchema = evaluateBodySchema.extend({
  id: idParamsSchema.shape.id,
  group: idParamsSchema.shape.id,
  labels: criteriaScoresSchema,
  overall: criteriaScoresSchema.shape.logic,
  questionId: z.string().optional(),
});
export type LabelledAnswer = ReturnType<typeof labelledAnswerSchema.parse>;

export const CALIBRATION_TARGETS = { spearmanTotal: 0.88, pairwiseAccuracy: 0.95, perCriterion: 0.75 };

/** 1-based ranks; tied values share the mean of the ranks they span. */
export function ranks(values: readonly number[]): number[] {
  const order = values.map((value, index) => ({ value, index })).sort((a, b) => a.value - b.value);
  const result = new Array<number>(values.length);
  for (let start = 0; start < order.length; ) {
    let end = start;
    while (end + 1 < order.length && order[end + 1]!.value === order[start]!.value) end++;
    for (let k = start; k <= end; k++) result[order[k]!.index] = (start + end) / 2 + 1;
    start = end + 1;
  }
  return result;
}

function pearson(a: readonly number[], b: readonly number[]): number {
  const mean = (xs: readonly number[]) => xs.reduce((sum, x) => sum + x, 0) / xs.length;
  const [ma, mb] = [mean(a), mean(b)];
  let [covariance, varianceA, varianceB] = [0, 0, 0];
  for (let i = 0; i < a.length; i++) {
    covariance += (a[i]! - ma) * (b[i]! - mb);
    varianceA += (a[i]! - ma) ** 2;
    varianceB += (b[i]! - mb) ** 2;
  }
  return varianceA === 0 || varianceB === 0 ? 0 : covariance / Math.sqrt(varianceA * varianceB);
}

/** Spearman's rank correlation with tie-aware ranks (Pearson on the ranks). */
export function spearman(a: readonly number[], b: readonly number[]): number {
  return pearson(ranks(a), ranks(b));
}

/**
 * Among pairs of answers to the same question whose overall labels differ, the share the scores
 * put in the same order. A tie in the scores counts as a miss.
 */
export function pairwiseAccuracy(rows: readonly LabelledAnswer[], scores: readonly number[]): number {
  let pairs = 0;
  let ordered = 0;
  for (let i = 0; i < rows.length; i++) {
    for (let j = i + 1; j < rows.length; j++) {
      if (rows[i]!.group !== rows[j]!.group || rows[i]!.overall === rows[j]!.overall) continue;
      pairs++;
      if ((scores[i]! - scores[j]!) * (rows[i]!.overall - rows[j]!.overall) > 0) ordered++;
    }
  }
  return pairs === 0 ? 0 : ordered / pairs;
}

/** The baseline to beat: longer answers with fewer filler words score higher. */
export function naiveScore(row: LabelledAnswer): number {
  return tokenize(row.answer, row.language).length - countFillerTotal(row.answer, row.language);
}

function summarise(rows: readonly LabelledAnswer[], totals: number[], perCriterion: CriteriaScores[]) {
  const overall = rows.map((row) => row.overall);
  const byCriterion = Object.fromEntries(
    CRITERIA.map((c) => [
      c,
      spearman(
        perCriterion.map((s) => s[c]),
        rows.map((row) => row.labels[c]),
      ),
    ]),
  ) as Record<Criterion, number>;
  return {
    spearmanTotal: spearman(totals, overall),
    pairwiseAccuracy: pairwiseAccuracy(rows, totals),
    spearmanPerCriterion: byCriterion,
  };
}

export interface CalibrationReport {
  n: number;
  spearmanTotal: number;
  pairwiseAccuracy: number;
  spearmanPerCriterion: Record<Criterion, number>;
  naiveBaseline: {
    spearmanTotal: number;
    pairwiseAccuracy: number;
    spearmanPerCriterion: Record<Criterion, number>;
  };
  targetsMet: boolean;
}

/** Scores every labelled answer with the rule evaluator and compares the ranking with the labels. */
export function calibrate(rows: readonly LabelledAnswer[]): CalibrationReport {
  const evaluations = rows.map((row) => evaluateAnswer(row));
  const ours = summarise(
    rows,
    evaluations.map((e) => e.total),
    evaluations.map((e) => e.scores),
  );
  const naive = rows.map(naiveScore);
  const naiveScores = naive.map((n) => Object.fromEntries(CRITERIA.map((c) => [c, n])) as CriteriaScores);
  const targetsMet =
    ours.spearmanTotal >= CALIBRATION_TARGETS.spearmanTotal &&
    ours.pairwiseAccuracy >= CALIBRATION_TARGETS.pairwiseAccuracy &&
    Object.values(ours.spearmanPerCriterion).every((rho) => rho >= CALIBRATION_TARGETS.perCriterion);
  return { n: rows.length, ...ours, naiveBaseline: summarise(rows, naive, naiveScores), targetsMet };
}
