import { categorySchema, type Evaluation, evaluateBodySchema } from "@studio/protocol";
import { z } from "zod";
import { evaluateAnswer } from "../evaluation/evaluate-answer";

/** One line of a relevance set: a question with a strong on-topic answer, or a junk answer to it. */
export const relevanceItemSchema = evaluateBodySchema.extend({
  id: z.string(),
  category: categorySchema,
  questionId: z.string().optional(),
  junk: z.string().optional(),
});
export type RelevanceItem = z.infer<typeof relevanceItemSchema>;

export const RELEVANCE_TARGETS = {
  mismatchDropShare: 0.9,
  mismatchFlaggedShare: 0.9,
  falseOffTopic: 0,
  junkMaxTotal: 8,
};

const evaluate = (item: RelevanceItem, answer: string): Evaluation =>
  evaluateAnswer({
    question: item.question,
    answer,
    language: item.language,
    category: item.category,
    questionId: item.questionId,
  });

export interface RelevanceReport {
  onTopic: number;
  mismatches: number;
  /** Share of mismatches whose total is at least 5 points below the same answer to its own question. */
  mismatchDropShare: number;
  mismatchFlaggedShare: number;
  /** On-topic answers flagged off_topic: their ids. */
  falseOffTopic: string[];
  junk: { id: string; kind: string; total: number; flags: string[] }[];
  junkAllFlaggedAndLow: boolean;
  targetsMet: boolean;
}

/**
 * Gives every strong answer to every question of another category in the same language, and checks
 * that the evaluator notices: the total drops, the answer is flagged off topic; junk scores low.
 */
export function evaluateRelevance(items: readonly RelevanceItem[]): RelevanceReport {
  const onTopic = items.filter((item) => !item.junk);
  const own = new Map(onTopic.map((item) => [item.id, evaluate(item, item.answer)]));
  let mismatches = 0;
  let dropped = 0;
  let flagged = 0;
  for (const source of onTopic) {
    for (const target of onTopic) {
      if (target.language !== source.language || target.category === source.category) continue;
      const moved = evaluate(target, source.answer);
      mismatches++;
      if (own.get(source.id)!.total - moved.total >= 5) dropped++;
      if (moved.flags?.includes("off_topic")) flagged++;
    }
  }
  const junk = items
    .filter((item) => item.junk)
    .map((item) => {
      const e = evaluate(item, item.answer);
      return { id: item.id, kind: item.junk!, total: e.total, flags: e.flags ?? [] };
    });
  const falseOffTopic = onTopic
    .filter((item) => own.get(item.id)!.flags?.includes("off_topic"))
    .map((i) => i.id);
  const report = {
    onTopic: onTopic.length,
    mismatches,
    mismatchDropShare: mismatches ? dropped / mismatches : 0,
    mismatchFlaggedShare: mismatches ? flagged / mismatches : 0,
    falseOffTopic,
    junk,
    junkAllFlaggedAndLow: junk.every((j) => j.flags.length > 0 && j.total <= RELEVANCE_TARGETS.junkMaxTotal),
  };
  const targetsMet =
    report.mismatchDropShare >= RELEVANCE_TARGETS.mismatchDropShare &&
    report.mismatchFlaggedShare >= RELEVANCE_TARGETS.mismatchFlaggedShare &&
    falseOffTopic.length <= RELEVANCE_TARGETS.falseOffTopic &&
    report.junkAllFlaggedAndLow;
  return { ...report, targetsMet };
}
