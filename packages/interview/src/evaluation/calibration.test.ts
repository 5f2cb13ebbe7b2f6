import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { calibrate, labelledAnswerSchema, pairwiseAccuracy, ranks, spearman } from "./calibration";

// The repository's own reference answers: a fresh clone has nothing beside it.
const REFERENCE_SET = resolve(dirname(fileURLToPath(import.meta.url)), "../../data/reference-answers.jsonl");

describe("rank statistics", () => {
  it("gives tied values the mean of their ranks", () => {
    expect(ranks([10, 20, 20, 30])).toEqual([1, 2.5, 2.5, 4]);
  });

  it("computes Spearman's rho with ties", () => {
    expect(spearman([1, 2, 3, 4], [10, 20, 30, 40])).toBeCloseTo(1);
    expect(spearman([1, 2, 3, 4], [4, 3, 2, 1])).toBeCloseTo(-1);
    expect(spearman([1, 2, 2, 3], [1, 2, 3, 4])).toBeCloseTo(0.9487, 3);
  });

  it("counts a tie in the scores as a misordered pair", () => {
    const row = (id: string, overall: number) =>
      labelledAnswerSchema.parse({
        id,
        group: "g",
        language: "en",
        question: "q",
        answer: "a",
        labels: { specificity: 1, logic: 1, technical: 1, star: 1, communication: 1 },
        overall,
      });
    const rows = [row("a", 1), row("b", 2), row("c", 3)];
    expect(pairwiseAccuracy(rows, [1, 2, 3])).toBe(1);
    expect(pairwiseAccuracy(rows, [1, 1, 3])).toBeCloseTo(2 / 3);
  });
});

describe("calibration on the repository's reference answers", () => {
  // Reading the file must fail loudly when it is missing: a skipped calibration proves nothing.
  const rows = readFileSync(REFERENCE_SET, "utf8")
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => labelledAnswerSchema.parse(JSON.parse(line)));
  const report = calibrate(rows);

  it("reads all 40 reference answers, eight questions of five answers each", () => {
    expect(report.n).toBe(40);
    expect(new Set(rows.map((row) => row.group)).size).toBe(8);
  });

  // These answers were written apart from the evaluator: the floors are what it reaches on them today
  // (below the targets of the set it was first tuned on), so a regression fails here.
  it("ranks answers like the reference ratings and well above the length baseline", () => {
    expect(report.spearmanTotal).toBeGreaterThanOrEqual(0.8);
    expect(report.pairwiseAccuracy).toBeGreaterThanOrEqual(0.85);
    expect(report.spearmanTotal).toBeGreaterThan(report.naiveBaseline.spearmanTotal + 0.1);
  });

  it("agrees with the reference on every criterion", () => {
    for (const rho of Object.values(report.spearmanPerCriterion)) expect(rho).toBeGreaterThanOrEqual(0.6);
  });
});
