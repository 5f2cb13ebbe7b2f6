import type { Category } from "@studio/protocol";
import type { AnswerFeatures } from "./extract-answer-features";

const STORY_CATEGORIES = new Set<Category>(["project", "teamwork", "problem_solving", "strength", "growth"]);
const REASON_CATEGORIES = new Set<Category>(["motivation", "closing", "intro"]);

/**
 * Behavioural questions call for a story (STAR); without a category, an answer that tells one is one.
 * A question that looks ahead or closes the interview wants plans, reasons or a question back instead.
 */
export function expectsStory(f: AnswerFeatures): boolean {
  if (f.looksAhead) return false;
  return f.category ? STORY_CATEGORIES.has(f.category) : f.selfActions + f.teamActions > 0;
}

/** Technical questions call for an explanation: mechanism, trade-off, example. */
export function expectsExplanation(f: AnswerFeatures): boolean {
  return f.category === "technical";
}

/** Motivation, introduction and closing questions call for reasons backed by specifics. */
export function expectsReasons(f: AnswerFeatures): boolean {
  if (f.looksAhead) return true;
  return f.category !== undefined && REASON_CATEGORIES.has(f.category);
}

/** Questions that look ahead or close the interview: no Situation or Result to tell, whatever the category. */
export function wantsNoStory(f: AnswerFeatures): boolean {
  return f.looksAhead !== undefined || f.category === "closing";
}
