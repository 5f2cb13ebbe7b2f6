import type { Category, InterviewDifficulty, Language, Role } from "@studio/protocol";
import { candidatePools } from "./choose-questions";
import type { PlannedQuestion } from "./question-bank-schema";
import { seededRandom } from "./seeded-random";

export interface ChooseFocusOptions {
  role: Role;
  language: Language;
  category: Category;
  /** Main questions wanted; fewer come back when the role's pool for the category holds fewer. */
  count: number;
  seed: string;
  difficulty?: InterviewDifficulty;
}

/**
 * A practice set on one weak spot: `count` distinct main questions of `category` for the role, the
 * role's own questions first (interleaved with the shared ones, as in a full interview). An empty
 * list means the bank has no question of that category for the role; the caller says so.
 */
export function chooseFocusQuestions({
  role,
  language,
  category,
  count,
  seed,
  difficulty,
}: ChooseFocusOptions): PlannedQuestion[] {
  if (!Number.isInteger(count) || count < 1)
    throw new RangeError(`count must be a positive integer, got ${count}`);
  const pools = candidatePools(
    role,
    language,
    seededRandom(`${seed}|${role}|${language}|${category}`),
    difficulty,
  );
  return (pools.get(category) ?? []).slice(0, count);
}
