import { askedQuestions, currentQuestion } from "./current-question";
import type { InterviewQuestion, InterviewState, RecordedAnswer } from "./interview-state";

/** The follow-up engine's verdict on a main answer; only its text matters to the flow. */
export interface FollowUpDecision {
  text: string;
}

export interface AnswerStep {
  /** The question the candidate answered. */
  questionId: string;
  /** What the follow-up engine returned for this answer; ignored when answering a follow-up. */
  followUp: FollowUpDecision | null;
  /** Practice mode: answering the last answered question again replaces that answer. */
  retry?: boolean;
  /**
   * A timed interview has used its time: no follow-up, and after this answer only the closing question
   * is asked (or the interview ends when it has none or this was it).
   */
  timeSpent?: boolean;
}

export type StepResult =
  | {
      ok: true;
      state: InterviewState;
      /** The question just answered. */
      answered: InterviewQuestion;
      /** The answer to store (upsert by questionId when `replaced`). */
      recorded: RecordedAnswer;
      replaced: boolean;
      next: InterviewQuestion | null;
      done: boolean;
      /** This answer is the one after which the time ran out (set once per interview). */
      wrappedUp: boolean;
    }
  | { ok: false; error: "question_mismatch" | "interview_done" };

function record(question: InterviewQuestion, followUp: FollowUpDecision | null): RecordedAnswer {
  if (question.followUp) return { questionId: question.id, followUp: true };
  // At most one follow-up per main question, and only when the engine asked for one.
  const text = followUp?.text.trim();
  return { questionId: question.id, followUp: false, followUpQuestion: text ? text : null };
}

function retryTarget(
  state: InterviewState,
  step: Pick<AnswerStep, "questionId" | "retry">,
): InterviewQuestion | undefined {
  const last = state.answers.at(-1);
  if (!step.retry || last?.questionId !== step.questionId) return undefined;
  return askedQuestions(state).find((q) => q.id === step.questionId);
}

export type AnswerTarget =
  | { ok: true; answered: InterviewQuestion; retried: boolean }
  | { ok: false; error: "question_mismatch" | "interview_done" };

/**
 * The question an answer to `step.questionId` answers (the current one, or in practice the last
 * answered one again), without deciding what comes next: what an evaluator needs before the follow-up.
 */
export function answerTarget(
  state: InterviewState,
  step: Pick<AnswerStep, "questionId" | "retry">,
): AnswerTarget {
  const retried = retryTarget(state, step);
  const answered = retried ?? currentQuestion(state);
  if (!answered) return { ok: false, error: "interview_done" };
  if (answered.id !== step.questionId) return { ok: false, error: "question_mismatch" };
  return { ok: true, answered, retried: retried !== undefined };
}

/**
 * Records an answer and moves the interview on: to the follow-up the engine asked for (once per main
 * question), else to the next main question, else to the end; once a timed interview's time is spent,
 * straight to the closing question. A practice retry of the last answered
 * question replaces that answer and leaves the interview where it was.
 */
export function nextStep(state: InterviewState, step: AnswerStep): StepResult {
  const target = answerTarget(state, step);
  if (!target.ok) return target;
  const { answered, retried } = target;

  const recorded = record(answered, step.timeSpent ? null : step.followUp);
  const kept = retried ? state.answers.slice(0, -1) : state.answers;
  const wrappedUp = Boolean(step.timeSpent) && (state.wrapUpAfter ?? null) === null;
  const wrapUpAfter = wrappedUp ? answered.index : (state.wrapUpAfter ?? null);
  const next: InterviewState = { plan: state.plan, answers: [...kept, recorded], wrapUpAfter };
  const upcoming = currentQuestion(next);
  return {
    ok: true,
    state: next,
    answered,
    recorded,
    replaced: retried,
    next: upcoming,
    done: upcoming === null,
    wrappedUp,
  };
}
