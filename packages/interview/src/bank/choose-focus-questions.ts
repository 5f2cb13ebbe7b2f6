import {
  CATEGORY_ORDER,
  type Category,
  type InterviewDifficulty,
  type Language,
  type Role,
} from "@studio/protocol";
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

export interface ChooseFocusSetOptions extends Omit<ChooseFocusOptions, "category"> {
  /** The categories to practise, at least one; the order does not matter. */
  categories: readonly Category[];
}

/**
 * A practice set on several weak spots: main questions drawn in turn from each category (in the
 * interview's category order), so each gets its share of `count`; a category whose pool runs dry gives
 * its turns to the others. Empty only when none of the categories has a question for the role.
 */
export function chooseFocusSetQuestions({
  categories,
  count,
  ...rest
}: ChooseFocusSetOptions): PlannedQuestion[] {
  if (!Number.isInteger(count) || count < 1)
    throw new RangeError(`count must be a positive integer, got ${count}`);
  const ordered = CATEGORY_ORDER.filter((category) => categories.includes(category));
  const pools = ordered.map((category) => chooseFocusQuestions({ ...rest, category, count }));
  const picked: PlannedQuestion[] = [];
  for (let round = 0; picked.length < count && pools.some((pool) => pool.length > round); round++) {
    for (const pool of pools) {
      if (picked.length < count && pool[round]) picked.push(pool[round]!);
    }
  }
  // Grouped by category, as a full interview is, in the order the questions were drawn.
  return ordered.flatMap((category) => picked.filter((q) => q.category === category));
}
