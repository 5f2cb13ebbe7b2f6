import { timedPlan } from "../setup/interview-length";
import { followUpId, type InterviewQuestion, type InterviewState, type PlanEntry } from "./interview-state";

/** Panel practice: the persona of the plan entry, on its question and on its follow-up. */
const askedBy = (entry: PlanEntry) => (entry.persona ? { persona: entry.persona } : {});

function asked(entry: PlanEntry, index: number, total: number): InterviewQuestion {
  return {
    id: entry.id,
    category: entry.category,
    text: entry.text,
    index,
    total,
    followUp: false,
    ...askedBy(entry),
  };
}

function askedAsFollowUp(entry: PlanEntry, text: string, index: number, total: number): InterviewQuestion {
  return {
    id: followUpId(entry.id),
    category: entry.category,
    text,
    index,
    total,
    followUp: true,
    ...askedBy(entry),
  };
}

/** Every question asked so far or being asked now, in order: main questions and their follow-ups. */
export function askedQuestions(state: InterviewState): InterviewQuestion[] {
  const answers = new Map(state.answers.map((a) => [a.questionId, a]));
  const plan = timedPlan(state.plan, state.wrapUpAfter);
  const total = plan.length;
  const questions: InterviewQuestion[] = [];
  for (const [index, entry] of plan.entries()) {
    questions.push(asked(entry, index, total));
    const main = answers.get(entry.id);
    if (!main) break;
    const followUp = main.followUpQuestion?.trim();
    if (!followUp) continue;
    questions.push(askedAsFollowUp(entry, followUp, index, total));
    if (!answers.has(followUpId(entry.id))) break;
  }
  return questions;
}

/** The question waiting for an answer, or null when the interview is over. */
export function currentQuestion(state: InterviewState): InterviewQuestion | null {
  const answered = new Set(state.answers.map((a) => a.questionId));
  const last = askedQuestions(state).at(-1);
  return last && !answered.has(last.id) ? last : null;
}

export function isInterviewDone(state: InterviewState): boolean {
  return currentQuestion(state) === null;
}
