import type { Averages, Criterion } from "@studio/protocol";
import { roundTo1, weightedMean } from "./averaging";
import type { ReportAnswer } from "./report-input";

/** Each criterion's average (1 decimal) and the average total out of 25. */
export function criteriaAverages(answers: readonly ReportAnswer[]): { averages: Averages; total: number } {
  const mean = (criterion: Criterion) =>
    roundTo1(weightedMean(answers, (a) => a.evaluation.scores[criterion]));
  return {
    averages: {
      specificity: mean("specificity"),
      logic: mean("logic"),
      technical: mean("technical"),
      star: mean("star"),
      communication: mean("communication"),
    },
    total: roundTo1(weightedMean(answers, (a) => a.evaluation.total)),
  };
}
