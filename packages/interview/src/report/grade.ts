import type { Grade } from "@studio/protocol";

/**
 * Grade by the average total out of 25 (five criteria scored 1-5):
 * S ≥ 22 (about 4.4 per criterion: consistently excellent), A ≥ 19 (about 3.8: strong),
 * B ≥ 15 (3.0: solid, with gaps), C ≥ 11 (about 2.2: needs work), D below 11.
 */
export const GRADE_THRESHOLDS: readonly { grade: Exclude<Grade, "D">; minTotal: number }[] = [
  { grade: "S", minTotal: 22 },
  { grade: "A", minTotal: 19 },
  { grade: "B", minTotal: 15 },
  { grade: "C", minTotal: 11 },
];

export function gradeFor(averageTotal: number): Grade {
  return GRADE_THRESHOLDS.find((t) => averageTotal >= t.minTotal)?.grade ?? "D";
}
