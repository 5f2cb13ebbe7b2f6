import {
  CATEGORY_ORDER,
  type Category,
  type InterviewDifficulty,
  type Language,
  type Role,
} from "@studio/protocol";
import { difficultyProfile, poolForDifficulty } from "../setup/difficulty";
import { roleQuestions } from "./question-bank";
import type { BankQuestion, PlannedQuestion } from "./question-bank-schema";
import { seededRandom, shuffled } from "./seeded-random";

export interface ChooseQuestionsOptions {
  role: Role;
  language: Language;
  /** Main questions to ask; 9 is one per category. */
  count?: number;
  /** Any string, typically the session id: the same seed gives the same plan. */
  seed: string;
  /** Narrows and orders each category's pool (see DIFFICULTY_PROFILES); intermediate keeps it all. */
  difficulty?: InterviewDifficulty;
}

/** Which categories a short interview keeps, most important first; intro and closing frame it. */
export const SHORT_INTERVIEW_PRIORITY: readonly Category[] = [
  "intro",
  "closing",
  "project",
  "technical",
  "motivation",
  "problem_solving",
  "strength",
  "teamwork",
  "growth",
];

/** Categories that take the extra questions of an interview longer than nine, in turn. */
export const EXTRA_CATEGORIES: readonly Category[] = ["project", "technical", "problem_solving"];

/** Alternates two lists: role-specific questions come first but general ones still get asked. */
function interleave<T>(first: readonly T[], second: readonly T[]): T[] {
  const out: T[] = [];
  for (let i = 0; i < Math.max(first.length, second.length); i++) {
    if (i < first.length) out.push(first[i]!);
    if (i < second.length) out.push(second[i]!);
  }
  return out;
}

/** Each category's candidates in the order they will be drawn. */
export function candidatePools(
  role: Role,
  language: Language,
  random: () => number,
  difficulty: InterviewDifficulty = "intermediate",
): Map<Category, BankQuestion[]> {
  const profile = difficultyProfile(difficulty);
  const general = roleQuestions("general", language);
  const specific = role === "general" ? [] : roleQuestions(role, language);
  const pools = new Map<Category, BankQuestion[]>();
  for (const category of CATEGORY_ORDER) {
    const own = shuffled(
      specific.filter((q) => q.category === category),
      random,
    );
    const shared = shuffled(
      general.filter((q) => q.category === category),
      random,
    );
    // A role's technical questions replace the general ones; elsewhere the role's own add to them.
    const useOwnOnly = category === "technical" && own.length > 0;
    pools.set(category, poolForDifficulty(useOwnOnly ? own : interleave(own, shared), profile));
  }
  return pools;
}

/** The category of each slot, in interview order, never asking for more than a pool holds. */
export function planCategories(count: number, available: (category: Category) => number): Category[] {
  const slots: Category[] = SHORT_INTERVIEW_PRIORITY.slice(0, Math.min(count, 9));
  const used = (category: Category) => slots.filter((c) => c === category).length;
  let added = true;
  while (slots.length < count && added) {
    added = false;
    for (const category of EXTRA_CATEGORIES) {
      if (slots.length >= count || used(category) >= available(category)) continue;
      slots.push(category);
      added = true;
    }
  }
  return CATEGORY_ORDER.flatMap((category) => slots.filter((c) => c === category));
}

/**
 * Picks the main questions of one interview: one per category in CATEGORY_ORDER by default, a subset
 * that keeps intro first and closing last when fewer, extra project/technical/problem-solving questions
 * when more. No question repeats; the same seed always gives the same plan.
 */
export function chooseQuestions({
  role,
  language,
  count = 9,
  seed,
  difficulty,
}: ChooseQuestionsOptions): PlannedQuestion[] {
  if (!Number.isInteger(count) || count < 1)
    throw new RangeError(`count must be a positive integer, got ${count}`);
  const pools = candidatePools(role, language, seededRandom(`${seed}|${role}|${language}`), difficulty);
  const categories = planCategories(count, (category) => pools.get(category)?.length ?? 0);
  return categories.map((category) => pools.get(category)!.shift()!);
}
