import type { Category, EvaluationFlag, Language } from "@studio/protocol";
import { findBankQuestion } from "../bank/question-bank";
import type { BankQuestion, TalkingPoint } from "../bank/question-bank-schema";
import type { AnswerFeatures } from "../evaluation/extract-answer-features";
import { tokenize } from "../text/tokenize";
import { kindFit } from "./answer-kind";
import { echoesQuestion, hasNoContent, isOtherLanguage, repeatsEarlierAnswer } from "./answer-validity";
import { revealsBlindHiringInfo } from "./blind-hiring";
import { answerCategoryOdds, answerFitsQuestion, knownWordShare, questionCategory } from "./category-models";
import { withConceptAliases } from "./concept-aliases";
import { type CoveredPoint, coverTalkingPoints } from "./cover-talking-points";
import { fitElsewhere } from "./elsewhere-fit";
import { matchesCue, prepareCueText } from "./match-cue";
import { addressesSubject } from "./question-associations";
import { matchBankQuestion, similarQuestionsPoints, subjectCues } from "./question-profile";
import { subjectFit } from "./subject-fit";

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
const OFF_TOPIC_BELOW = 0.2;
/**
 * How well the answer fits the kind of question asked (`answerFitsQuestion`, 0-1), at and above which
 * it reads fully as such an answer; a fifth of it is the off-topic line.
 */
export const KIND_SURE = 0.25;
/** The fit under which an answer is off topic for this kind of question. */
export const OFF_TOPIC_FIT = KIND_SURE * OFF_TOPIC_BELOW;
const TOO_SHORT_WORDS = 12;
/** Shorter than this, an answer is too short to say what it is about. */
const JUDGEABLE_WORDS = 15;
/**
 * A short answer says less about what kind of answer it is, so its line is lower, in proportion to its
 * length up to this many words. Measured on corpus answers cut short and judged by models that never
 * saw them: at the full line, 2-4% of on-topic 20-word answers fell under it; at the scaled line about 0.2%.
 */
const FULL_EVIDENCE_WORDS = 70;

/** How much of the full evidence an answer of this length (in words) gives, 0-1. */
export function evidenceShare(length: number): number {
  return Math.min(1, length / FULL_EVIDENCE_WORDS);
}

function share(cues: readonly string[], answer: string): number | null {
  if (cues.length === 0) return null;
  const text = prepareCueText(answer);
  return cues.filter((cue) => matchesCue(text, cue)).length / cues.length;
}

/** Three points named in the answer's own words make an answer squarely on topic. */
function pointShare(points: readonly CoveredPoint[], discount = 0): number {
  if (points.length === 0) return 0;
  const evidence = points.reduce((sum, p) => sum + p.subjectEvidence, 0) - discount;
  return Math.min(1, Math.max(0, evidence) / Math.min(3, points.length));
}

/**
 * What the answer is about (the talking points of the question, or of the bank questions most like it)
 * times whether it is the kind of answer the question calls for: an explanation of another concept
 * stays low. Used for technical questions, whose subject (the concept asked about) is in their words.
 */
function subjectRelevance(
  input: RelevanceInput,
  aliased: string,
  category: Category,
  pointSets: readonly (readonly CoveredPoint[])[],
  f: AnswerFeatures,
  ownPoints: boolean,
) {
  const kind = kindFit(input.question, category, input.answer, f).fit;
  const cues = subjectCues(input.question, input.language);
  const words = share(cues, aliased) ?? 0;
  // Points borrowed from similar questions share cues with other subjects ("갱신" is an index's update as
  // much as a cache's): an answer that never names the concept asked needs two of them, not one.
  const borrowed = !ownPoints && cues.length > 0 && words === 0 ? 1 : 0;
  const topic = Math.max(
    ...pointSets.map((points) => pointShare(points, borrowed)),
    Math.min(1, 1.5 * words),
  );
  // An answer that fits another kind of question much better was written for that question.
  const elsewhere = fitElsewhere(input.answer, input.language, category);
  const displaced = Math.max(0, elsewhere - topic);
  // Without the question's own talking points the topic is only estimated: displacement weighs less.
  const weight = ownPoints ? 0.3 : 0.1;
  const estimate = topic * (0.5 + 0.5 * kind) + 0.1 * kind - weight * displaced;
  // An answer of the right kind to a question without its own talking points gets the benefit of the
  // doubt, unless the question names a subject (a concept asked about) that the answer never touches.
  const doubt = ownPoints || (category === "technical" && words === 0 && topic === 0) ? 0 : 0.3 * kind;
  return Math.min(1, Math.max(0, estimate, doubt));
}

/**
 * An answer that never touches what the question names (its subject words, or the words answers to such
 * questions use) counts for this much of its kind's fit. Cross-validated on the corpus, it catches 4-5%
 * more answers moved to another question, for 0.2-0.4% more on-topic answers under the line.
 */
export const UNADDRESSED_WEIGHT = 0.6;

/**
 * Whether the answer is the kind of answer this kind of question gets (a classifier trained on a corpus
 * of interview answers reads it: a motivation speech stays a motivation speech whichever question it is
 * given to), whether it touches what the question names, and, for a technical question, whether it is
 * about the concept asked. Talking points are
 * shown, not used here: on answers written by others, missing the bank's points is no sign of a miss.
 */
function relevanceOf(
  input: RelevanceInput,
  category: Category,
  pointSets: readonly (readonly CoveredPoint[])[],
  f: AnswerFeatures,
  ownPoints: boolean,
): number {
  // What the question names is matched against the answer with the concept's other names read as its own.
  const aliased = withConceptAliases(input.question, input.answer);
  const base = kindAndSubject(input, aliased, category, pointSets, f, ownPoints);
  // What the question names weighs over its category: a story about the named project is on topic
  // whatever kind of story it reads as, and an answer about another named subject is off it.
  const line = OFF_TOPIC_FIT * evidenceShare(f.length);
  const odds = answerCategoryOdds(input.answer, input.language);
  const named = subjectFit({ ...input, answer: aliased }, category, odds, {
    fit: base * KIND_SURE,
    missed: MISSED_SUBJECT_SHARE * line,
    sure: KIND_SURE,
  });
  return Math.min(1, named / KIND_SURE);
}

/** An answer that misses the subject the question names falls to this share of the off-topic line. */
export const MISSED_SUBJECT_SHARE = 0.9;

function kindAndSubject(
  input: RelevanceInput,
  aliased: string,
  category: Category,
  pointSets: readonly (readonly CoveredPoint[])[],
  f: AnswerFeatures,
  ownPoints: boolean,
): number {
  const fit = answerFitsQuestion(input, category);
  if (category !== "technical") {
    const addressed = addressesSubject(input.question, aliased, input.language);
    return Math.min(1, (fit * (addressed === false ? UNADDRESSED_WEIGHT : 1)) / KIND_SURE);
  }
  const kind = Math.min(1, fit / KIND_SURE);
  // The subject estimate from similar questions is rougher: only a clearer miss counts.
  const subject = subjectRelevance(input, aliased, category, pointSets, f, ownPoints) * (ownPoints ? 1 : 2);
  return Math.min(kind, subject, 1);
}

/** Words of the language make up at least this share of any real answer, keyword dumps included. */
const KNOWN_WORDS_MIN = 0.2;
function madeUpWords(answer: string, language: Language): boolean {
  const words = tokenize(answer, language);
  return words.length >= 4 && knownWordShare(words, language) < KNOWN_WORDS_MIN;
}

function bankQuestionOf(input: RelevanceInput): BankQuestion | undefined {
  const known = input.questionId ? findBankQuestion(input.questionId) : undefined;
  return known ?? matchBankQuestion(input.question, input.language);
}

/** Talking points of the question and the checks on substance: relevance, no content, echo, language, repeat. */
export function assessRelevance(input: RelevanceInput, f: AnswerFeatures): RelevanceAssessment {
  const bank = bankQuestionOf(input);
  const category = input.category ?? bank?.category ?? questionCategory(input.question, input.language);
  const pointSets: readonly (readonly TalkingPoint[])[] = bank?.talkingPoints
    ? [bank.talkingPoints]
    : similarQuestionsPoints(input, category);
  const coveredSets = pointSets.map((points) => coverTalkingPoints(points, f));
  const flags: EvaluationFlag[] = [];
  const otherLanguage = isOtherLanguage(input.answer, input.language);
  const noContent =
    f.nonAnswer ||
    hasNoContent(input.answer) ||
    (!otherLanguage && madeUpWords(input.answer, input.language));
  const echo = !noContent && echoesQuestion(input.answer, input.question);
  if (noContent) flags.push("no_content");
  if (echo) flags.push("echoes_question");
  if (!noContent && otherLanguage) flags.push("language_mismatch");
  const ownPoints = bank?.talkingPoints !== undefined;
  const relevance = noContent || echo ? 0 : relevanceOf(input, category, coveredSets, f, ownPoints);
  const judgeable = !noContent && !echo && f.length >= JUDGEABLE_WORDS;
  if (judgeable && relevance < OFF_TOPIC_BELOW * evidenceShare(f.length)) flags.push("off_topic");
  if (!noContent && repeatsEarlierAnswer(input.answer, input.earlierAnswers ?? []))
    flags.push("repeated_answer");
  if (!noContent && f.length < TOO_SHORT_WORDS) flags.push("too_short");
  if (revealsBlindHiringInfo(input.answer)) flags.push("blind_hiring_risk");
  const talkingPoints = bank?.talkingPoints ? coveredSets[0] : undefined;
  return { relevance: Math.round(relevance * 100) / 100, flags, talkingPoints, category };
}
