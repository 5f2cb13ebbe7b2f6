import type { PersonaId, SubmitAnswerResponse } from "@studio/protocol";
import type { PlannedQuestion } from "../bank/question-bank-schema";

/** What the flow needs of a planned main question (the stored plan row). */
export type PlanEntry = Pick<PlannedQuestion, "id" | "category" | "text"> & {
  /** Panel practice: the AI interviewer who asks it, and asks its follow-up. */
  persona?: PersonaId;
};

/** What the flow needs of a stored answer. */
export interface RecordedAnswer {
  questionId: string;
  followUp: boolean;
  /**
   * On a main answer: the follow-up question it led to, or null. Persist it with the answer so that an
   * interview interrupted before the follow-up is answered resumes on that follow-up.
   */
  followUpQuestion?: string | null;
}

/** The whole interview state: rebuilt from the stored plan and answers, nothing else. */
export interface InterviewState {
  plan: readonly PlanEntry[];
  answers: readonly RecordedAnswer[];
  /**
   * A timed interview whose time ran out: the main question after which only the closing is asked
   * (see timedPlan). Stored with the session, so a restart keeps the interview wrapped up.
   */
  wrapUpAfter?: number | null;
}

/** A question as the candidate sees it: `index` counts main questions from 0, `total` is their number. */
export type InterviewQuestion = NonNullable<SubmitAnswerResponse["next"]>;

const FOLLOW_UP_SUFFIX = "~f";

export function followUpId(mainId: string): string {
  return `${mainId}${FOLLOW_UP_SUFFIX}`;
}

export function startInterview(plan: readonly PlanEntry[]): InterviewState {
  if (plan.length === 0) throw new RangeError("an interview needs at least one planned question");
  return { plan, answers: [] };
}
