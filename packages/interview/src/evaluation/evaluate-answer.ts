import type { Evaluation } from "@studio/protocol";
import { collectEvidence } from "./collect-evidence";
import { type AnswerFeatures, type AnswerInput, extractAnswerFeatures } from "./extract-answer-features";
import { labelStarSentences, scoreStar } from "./label-star";
import { scoreCriteria } from "./score-criteria";
import { writeFeedback } from "./write-feedback";

/**
 * Scores an answer on the five criteria with rules alone (no LLM): 1-5 each, STAR parts out of 25,
 * quotes from the answer as evidence and feedback in the session language that names the next fix.
 * Pass `features` when they were already extracted for this answer.
 */
export function evaluateAnswer(input: AnswerInput, features?: AnswerFeatures): Evaluation {
  const f = features ?? extractAnswerFeatures(input);
  const labelled = labelStarSentences(f.sentences);
  const star = scoreStar(labelled);
  const scores = scoreCriteria(f, star);
  const total = scores.specificity + scores.logic + scores.technical + scores.star + scores.communication;
  return {
    scores,
    total,
    feedback: writeFeedback(f, scores, star),
    star,
    evidence: collectEvidence(f, labelled, scores),
    provider: "rules",
    sentences: labelled.map(({ sentence, part }) => ({ text: sentence.text, part })),
  };
}
