import type { Category, InterviewDifficulty } from "@studio/protocol";

/** The lengths offered at setup, in minutes. */
export const INTERVIEW_MINUTES = [10, 20, 30, 45] as const;

/** Reading or hearing a question and gathering one's thoughts before answering. */
const ASK_SECONDS = 20;
/**
 * The share of the answer time limit a typical answer uses: the limit is a ceiling, and candidates in
 * practice answer in about two thirds of it.
 */
const ANSWER_SHARE = 2 / 3;
/** How often a main question leads to a follow-up at each difficulty (see DIFFICULTY_PROFILES). */
const FOLLOW_UP_RATE: Record<InterviewDifficulty, number> = {
  basic: 1 / 3,
  intermediate: 1 / 2,
  advanced: 1,
};
export const MIN_TIMED_QUESTIONS = 2;
export const MAX_TIMED_QUESTIONS = 20;

/** Seconds one main question takes with its share of follow-ups, for this answer limit and difficulty. */
export function secondsPerQuestion(answerTimeLimitSec: number, difficulty: InterviewDifficulty): number {
  const oneTurn = ASK_SECONDS + ANSWER_SHARE * answerTimeLimitSec;
  return oneTurn * (1 + FOLLOW_UP_RATE[difficulty]);
}

/**
 * How many main questions fit an interview of `minutes`: the time divided by what one question takes
 * (its answer, its asking, its likely follow-up), never fewer than an opening and a closing question.
 */
export function questionsForMinutes(
  minutes: number,
  answerTimeLimitSec: number,
  difficulty: InterviewDifficulty = "intermediate",
): number {
  if (!(minutes > 0) || !(answerTimeLimitSec > 0)) {
    throw new RangeError(
      `minutes and answer time must be positive, got ${minutes} and ${answerTimeLimitSec}`,
    );
  }
  const fit = Math.floor((minutes * 60) / secondsPerQuestion(answerTimeLimitSec, difficulty));
  return Math.min(MAX_TIMED_QUESTIONS, Math.max(MIN_TIMED_QUESTIONS, fit));
}

/** Whether an interview of `minutes` that started at `startedAt` has used its time by `now`. */
export function timeIsSpent(startedAt: Date, now: Date, minutes: number | null | undefined): boolean {
  if (minutes === null || minutes === undefined) return false;
  return now.getTime() - startedAt.getTime() >= minutes * 60_000;
}

/**
 * The plan of an interview whose time ran out after main question `wrapUpAfter`: the questions up to it,
 * then only the closing question(s) still planned; the whole plan while time remains (null).
 */
export function timedPlan<T extends { category: Category }>(
  plan: readonly T[],
  wrapUpAfter: number | null | undefined,
): readonly T[] {
  if (wrapUpAfter === null || wrapUpAfter === undefined) return plan;
  return plan.filter((entry, index) => index <= wrapUpAfter || entry.category === "closing");
}
