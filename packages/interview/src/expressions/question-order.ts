import { followUpId } from "../flow/interview-state";

/** An answer as stored: its question, and the follow-up it led to (asked next), if any. */
export interface AnsweredQuestion {
  questionId: string;
  followUpQuestion: string | null;
}

/**
 * Question ids in the order the candidate met them, for numbering the camera timeline like the
 * interview: answers in order, a follow-up right after the answer that led to it (even when the
 * interview ended before it was answered), then the rest of the plan.
 */
export function askedQuestionOrder(answered: readonly AnsweredQuestion[], plan: readonly string[]): string[] {
  const order: string[] = [];
  const seen = new Set<string>();
  const add = (id: string) => {
    if (seen.has(id)) return;
    seen.add(id);
    order.push(id);
  };
  for (const answer of answered) {
    add(answer.questionId);
    if (answer.followUpQuestion) add(followUpId(answer.questionId));
  }
  for (const id of plan) add(id);
  return order;
}
