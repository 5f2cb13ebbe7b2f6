import type { Category, EvaluationFlag, Language } from "@studio/protocol";
import { findBankQuestion } from "../bank/question-bank";
import type { BankQuestion, TalkingPoint } from "../bank/question-bank-schema";
import type { AnswerFeatures } from "../evaluation/extract-answer-features";
import { kindFit } from "./answer-kind";
import { echoesQuestion, hasNoContent, isOtherLanguage, repeatsEarlierAnswer } from "./answer-validity";
import { revealsBlindHiringInfo } from "./blind-hiring";
import { type CoveredPoint, coverTalkingPoints, isSubjectPoint } from "./cover-talking-points";
import { matchesCue, prepareCueText } from "./match-cue";
import { inferCategory, matchBankQuestion, subjectCues } from "./question-profile";

export interface RelevanceInput {
  question: string;
  answer: string;
  language: Language;
  category?: Category;
  /** The bank question asked, when the caller knows it (a plan entry's id). */
  questionId?: string;
  /** Earlier answers of the same interview, to notice one given again. */
  earlierAnswers?: readonly string[];
}

export interface RelevanceAssessment {
  relevance: number;
  flags: EvaluationFlag[];
  /** For bank questions: every talking point with whether the answer covers it. */
  talkingPoints?: CoveredPoint[];
  category: Category;
}

/** Below this the answer is about something else than the question, whatever its form. */
export const OFF_TOPIC_BELOW = 0.2;
const TOO_SHORT_WORDS = 12;
/** Shorter than this, an answer is too short to say what it is about. */
const JUDGEABLE_WORDS = 15;

function share(cues: readonly string[], answer: string): number | null {
  if (cues.length === 0) return null;
  const text = prepareCueText(answer);
  return cues.filter((cue) => matchesCue(text, cue)).length / cues.length;
}

/** Two points named in the answer's own words already make an answer on topic. */
function pointShare(points: CoveredPoint[]): number {
  const evidence = points.reduce((sum, p) => sum + p.subjectEvidence, 0);
  return Math.min(1, evidence / Math.min(2, points.length));
}

/**
 * What the answer is about (the question's talking points, else its subject words) weighed with whether
 * it is the kind of answer the question calls for (a story, an explanation, a plan, a reason). Talking
 * points describe the subject richly, so they weigh more than a question's own few words.
 */
function relevanceOf(
  input: RelevanceInput,
  category: Category,
  points: CoveredPoint[] | undefined,
  f: AnswerFeatures,
): number {
  const kind = kindFit(input.question, category, input.answer, f);
  if (points && points.length > 0) return 0.7 * pointShare(points) + 0.3 * kind.fit;
  const words = share(subjectCues(input.question, input.language), input.answer);
  // Few subject words are weak evidence either way: none found is not yet proof of another topic.
  const topic = Math.min(1, 0.25 + 2 * (words ?? 0.125));
  return (1 - kind.weight) * topic + kind.weight * kind.fit;
}

function bankQuestionOf(input: RelevanceInput): BankQuestion | undefined {
  const known = input.questionId ? findBankQuestion(input.questionId) : undefined;
  return known ?? matchBankQuestion(input.question, input.language);
}

/** Talking points of the question and the checks on substance: relevance, no content, echo, language, repeat. */
export function assessRelevance(input: RelevanceInput, f: AnswerFeatures): RelevanceAssessment {
  const bank = bankQuestionOf(input);
  const category = input.category ?? bank?.category ?? inferCategory(input.question);
  const points: readonly TalkingPoint[] | undefined = bank?.talkingPoints;
  const covered = points && coverTalkingPoints(points, f);
  const flags: EvaluationFlag[] = [];
  const noContent = f.nonAnswer || hasNoContent(input.answer);
  const echo = !noContent && echoesQuestion(input.answer, input.question);
  if (noContent) flags.push("no_content");
  if (echo) flags.push("echoes_question");
  if (!noContent && isOtherLanguage(input.answer, input.language)) flags.push("language_mismatch");
  const relevance = noContent || echo ? 0 : relevanceOf(input, category, covered, f);
  const judgeable = !noContent && !echo && f.length >= JUDGEABLE_WORDS;
  if (judgeable && relevance < OFF_TOPIC_BELOW) flags.push("off_topic");
  if (!noContent && repeatsEarlierAnswer(input.answer, input.earlierAnswers ?? []))
    flags.push("repeated_answer");
  if (!noContent && f.length < TOO_SHORT_WORDS) flags.push("too_short");
  if (revealsBlindHiringInfo(input.answer)) flags.push("blind_hiring_risk");
  return { relevance: Math.round(relevance * 100) / 100, flags, talkingPoints: covered, category };
}
