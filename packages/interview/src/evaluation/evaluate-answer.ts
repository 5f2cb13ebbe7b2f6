import type { Evaluation } from "@studio/protocol";
import { assessRelevance } from "../relevance/assess-relevance";
import { collectEvidence } from "./collect-evidence";
import { type AnswerFeatures, type AnswerInput, extractAnswerFeatures } from "./extract-answer-features";
import { labelStarSentences, scoreStar } from "./label-star";
import { scoreCriteria } from "./score-criteria";
import { capScores } from "./substance-caps";
import { writeFeedback } from "./write-feedback";

/**
 * Scores an answer on the five criteria with rules alone (no LLM): 1-5 each, STAR parts out of 25,
 * quotes from the answer as evidence and feedback in the session language that names the next fix.
 * Substance comes first: an answer that is off topic, empty, the question read back or given before
 * is flagged and capped whatever its form. Pass `features` when they were already extracted.
 */
export function evaluateAnswer(input: AnswerInput, features?: AnswerFeatures): Evaluation {
  const f = features ?? extractAnswerFeatures(input);
  const substance = assessRelevance(input, f);
  const labelled = labelStarSentences(f.sentences);
  const star = scoreStar(labelled);
  const scores = capScores(scoreCriteria(f, star, substance.category), substance.flags);
  const total = scores.specificity + scores.logic + scores.technical + scores.star + scores.communication;
  const talkingPoints = substance.talkingPoints?.map(({ label, covered, quote }) =>
    quote ? { label, covered, quote } : { label, covered },
  );
  return {
    scores,
    total,
    feedback: writeFeedback(f, scores, star, substance),
    star,
    evidence: collectEvidence(f, labelled, scores),
    provider: "rules",
    sentences: labelled.map(({ sentence, part }) => ({ text: sentence.text, part })),
    flags: substance.flags,
    relevance: substance.relevance,
    ...(talkingPoints ? { talkingPoints } : {}),
  };
}
