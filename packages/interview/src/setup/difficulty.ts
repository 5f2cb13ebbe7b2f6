import type { InterviewDifficulty } from "@studio/protocol";
import type { BankQuestion } from "../bank/question-bank-schema";

/** What a difficulty changes: which questions may be asked, which come first, how hard follow-ups dig. */
export interface DifficultyProfile {
  /** Questions of this level are never asked. */
  excludes: BankQuestion["level"] | null;
  /** Questions of this level are drawn before the others of their category. */
  prefers: BankQuestion["level"] | null;
  /** Follow-ups allowed in the whole interview, given its number of main questions. */
  followUpBudget: (mainQuestions: number) => number;
  /** A solid answer still gets a probing follow-up (trade-offs, limits, verification). */
  probesSolidAnswers: boolean;
}

export const DIFFICULTY_PROFILES: Record<InterviewDifficulty, DifficultyProfile> = {
  // 초급: fundamentals and common questions; a follow-up only on about one main question in three.
  basic: {
    excludes: "advanced",
    prefers: "basic",
    followUpBudget: (main) => Math.ceil(main / 3),
    probesSolidAnswers: false,
  },
  // 중급: the whole bank; a follow-up wherever an answer leaves something out.
  intermediate: {
    excludes: null,
    prefers: null,
    followUpBudget: (main) => main,
    probesSolidAnswers: false,
  },
  // 고급: design and trade-off questions first, and every main answer is probed, good ones included.
  advanced: {
    excludes: "basic",
    prefers: "advanced",
    followUpBudget: (main) => main,
    probesSolidAnswers: true,
  },
};

export const difficultyProfile = (difficulty: InterviewDifficulty = "intermediate") =>
  DIFFICULTY_PROFILES[difficulty];

/** A shuffled pool narrowed and reordered for the difficulty; the shuffle order is kept within groups. */
export function poolForDifficulty(pool: readonly BankQuestion[], profile: DifficultyProfile): BankQuestion[] {
  const allowed = pool.filter((q) => profile.excludes === null || q.level !== profile.excludes);
  if (!profile.prefers) return allowed;
  return [
    ...allowed.filter((q) => q.level === profile.prefers),
    ...allowed.filter((q) => q.level !== profile.prefers),
  ];
}

/** Whether another follow-up may be asked, given how many this interview asked already. */
export function followUpAllowed(profile: DifficultyProfile, asked: number, mainQuestions: number): boolean {
  return asked < profile.followUpBudget(Math.max(1, mainQuestions));
}
