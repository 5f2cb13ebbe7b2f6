import type { CriteriaScores, Evaluation, EvaluationFlag } from "@studio/protocol";
import { SUBSTANCE_FIRST } from "./substance-feedback";

const FLOOR: CriteriaScores = { specificity: 1, logic: 1, technical: 1, star: 1, communication: 1 };

const CAPS: Partial<Record<EvaluationFlag, CriteriaScores>> = {
  no_content: FLOOR,
  echoes_question: FLOOR,
  // An answer about something else is not "specific" however polished it is.
  off_topic: { specificity: 2, logic: 2, technical: 2, star: 2, communication: 2 },
  // One given before (word for word or nearly) says nothing new to this question: no more than an answer
  // about something else, and no more than an honest answer that only speaks in generalities.
  repeated_answer: { specificity: 1, logic: 1, technical: 1, star: 1, communication: 2 },
  // The interviewer asked in one language and cannot assess an answer in the other.
  language_mismatch: { specificity: 2, logic: 2, technical: 1, star: 1, communication: 1 },
};

/** The most each criterion can score once the substance checks have spoken: the lowest cap of any flag. */
export function capScores(scores: CriteriaScores, flags: readonly EvaluationFlag[]): CriteriaScores {
  const capped = { ...scores };
  for (const flag of flags) {
    const caps = CAPS[flag];
    if (!caps) continue;
    for (const key of Object.keys(capped) as (keyof CriteriaScores)[])
      capped[key] = Math.min(capped[key], caps[key]);
  }
  return capped;
}

/**
 * Another engine's evaluation (an LLM's) with the rule engine's substance checks applied: the same flags,
 * relevance and talking points, its scores capped alike, and the rules' feedback when the substance failed.
 */
export function withSubstance(evaluation: Evaluation, rules: Evaluation): Evaluation {
  const flags = rules.flags ?? [];
  const scores = capScores(evaluation.scores, flags);
  const total = Object.values(scores).reduce((sum, score) => sum + score, 0);
  const substanceFailed = flags.some((flag) => SUBSTANCE_FIRST.includes(flag));
  return {
    ...evaluation,
    scores,
    total,
    feedback: substanceFailed ? rules.feedback : evaluation.feedback,
    flags,
    ...(rules.relevance !== undefined ? { relevance: rules.relevance } : {}),
    ...(rules.talkingPoints ? { talkingPoints: rules.talkingPoints } : {}),
  };
}
