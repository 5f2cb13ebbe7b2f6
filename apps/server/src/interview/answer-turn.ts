import {
  answerTarget,
  type InterviewQuestion,
  type InterviewState,
  type PlanEntry,
  timedPlan,
} from "@studio/interview";
import type { SubmitAnswerBody } from "@studio/protocol";
import { ApiError } from "../http/api-error";
import { sessionTimeSpent } from "./session-setup";
import type { AnswerRow, SessionRow, SessionStore } from "./session-store";

/** One answer's turn as read before assessing it: read once, re-checked under the lock when stored. */
export interface AnswerTurn {
  session: SessionRow;
  rows: AnswerRow[];
  state: InterviewState;
  /** The question this answer answers. */
  answered: InterviewQuestion;
  /** The main question asked next when no follow-up is, or null after the last. */
  nextMain: PlanEntry | null;
  retry: boolean;
  /** A timed interview whose time is spent: no follow-up, and the closing comes next. */
  timeSpent: boolean;
  /** The stored answers this turn was read against; the locked write refuses when they changed. */
  seen: string;
}

export const sessionClosed = () => new ApiError(409, "SESSION_CLOSED", "This interview has ended");

export function stepError(error: "question_mismatch" | "interview_done"): ApiError {
  return error === "interview_done"
    ? sessionClosed()
    : new ApiError(409, "QUESTION_MISMATCH", "That question is not the current question of this interview");
}

/** What a turn was read against: the answered questions and the follow-ups they led to, in order. */
export function answersFingerprint(rows: readonly Pick<AnswerRow, "questionId" | "followUpQuestion">[]) {
  // Sorted: rows stored in the same millisecond may come back in either order.
  return rows
    .map((r) => `${r.questionId}\u0000${r.followUpQuestion ?? ""}`)
    .sort()
    .join("\u0001");
}

/** The flow state: the plan with the LLM's stored wordings over it, and the stored answers. */
export function flowState(
  session: Pick<SessionRow, "plan" | "wrapUpAfter">,
  rows: readonly AnswerRow[],
  wordings: ReadonlyMap<string, string>,
): InterviewState {
  return {
    plan: session.plan.map((q) => {
      const text = wordings.get(q.id);
      return text ? { ...q, text } : q;
    }),
    answers: rows.map((a) => ({
      questionId: a.questionId,
      followUp: a.followUp,
      followUpQuestion: a.followUpQuestion,
    })),
    wrapUpAfter: session.wrapUpAfter,
  };
}

/** Reads the turn once, without a lock: the session is active and `body` answers the question asked. */
export async function readAnswerTurn(
  store: SessionStore,
  userId: string,
  id: string,
  body: SubmitAnswerBody,
): Promise<AnswerTurn> {
  const session = await store.owned(userId, id);
  if (session.status !== "active") throw sessionClosed();
  const [rows, wordings] = await Promise.all([store.answersOf(id), store.wordingsOf(id)]);
  const state = flowState(session, rows, wordings);
  const retry = Boolean(body.retry && session.practice);
  const target = answerTarget(state, { questionId: body.questionId, retry });
  if (!target.ok) throw stepError(target.error);
  const { answered } = target;
  const timeSpent = sessionTimeSpent(session);
  // Once the time is spent, the main question after this answer is the closing (if any).
  const ahead = timedPlan(state.plan, timeSpent ? (state.wrapUpAfter ?? answered.index) : state.wrapUpAfter);
  return {
    session,
    rows,
    state,
    answered,
    nextMain: ahead[answered.index + 1] ?? null,
    retry,
    timeSpent,
    seen: answersFingerprint(rows),
  };
}
