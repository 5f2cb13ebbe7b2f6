import type { Category, Language } from "@studio/protocol";
import { extractAnswerFeatures } from "../evaluation/extract-answer-features";
import { evidenceShare, KIND_SURE, MISSED_SUBJECT_SHARE, UNADDRESSED_WEIGHT } from "./assess-relevance";
import { type CategoryOdds, categoryPosterior, likeliest, trainCategoryModel } from "./category-classifier";
import { CATEGORY_CORPUS, oddsFit, trainingTexts } from "./category-models";
import { addressesSubject, learnAssociations } from "./question-associations";
import { learnSubjectKnowledge, subjectFit } from "./subject-fit";

export interface CrossValidation {
  language: Language;
  answers: number;
  /** Held-out answers whose most likely category is their own. */
  answerAccuracy: number;
  /** Held-out questions whose most likely category is their own (the bank always in training). */
  questionAccuracy: number;
  /** Held-out answers that would be flagged off topic under their own question. */
  falseOffTopicShare: number;
  /** Held-out answers flagged off topic under a held-out question of each other category. */
  mismatchFlaggedShare: number;
  /**
   * The same two shares when the question's kind is certain, as for a bank question (its wording is in
   * the question model's training): the answer alone decides.
   */
  knownKindFalseOffTopicShare: number;
  knownKindFlaggedShare: number;
  /**
   * Held-out answers cut to their first twenty or so words (a short spoken answer), flagged under their own
   * question at the line for their length.
   */
  shortFalseOffTopicShare: number;
}

/** About twenty words: Korean words (eojeol) carry more, as in the evaluator's length. */
function cutShort(answer: string, language: Language): string {
  return answer
    .split(/\s+/)
    .slice(0, language === "ko" ? 15 : 20)
    .join(" ");
}

/**
 * How the corpus is cut into folds: every k-th entry (neighbours, often written together, land in
 * different folds), or consecutive blocks (answers written in another round are held out, a harder and
 * more honest test of answers written by someone else).
 */
export type FoldSplit = "interleaved" | "blocks";

const certain = (category: Category) => ({ [category]: 1 });

/**
 * K-fold cross-validation of the category models on the corpus: each answer and question is judged by
 * models that never saw them, which is how the evaluator meets a candidate. An answer is moved to one
 * held-out question of each other category. `offTopicFit` is the line under which it is flagged.
 */
export function crossValidateCorpus(
  language: Language,
  offTopicFit: number,
  folds = 5,
  split: FoldSplit = "interleaved",
): CrossValidation {
  const corpus = CATEGORY_CORPUS[language];
  const fold = (i: number) => (split === "blocks" ? Math.floor((i * folds) / corpus.length) : i % folds);
  const counts = {
    answer: 0,
    question: 0,
    falseOffTopic: 0,
    mismatches: 0,
    flagged: 0,
    knownFalse: 0,
    knownFlagged: 0,
    shortFalse: 0,
  };
  for (let k = 0; k < folds; k++) {
    const heldOut = corpus.filter((_, i) => fold(i) === k);
    const training = corpus.filter((_, i) => fold(i) !== k);
    const answers = trainCategoryModel(trainingTexts("answers", language, training), language);
    const questions = trainCategoryModel(trainingTexts("questions", language, training), language);
    const associations = learnAssociations(training, language);
    const knowledge = learnSubjectKnowledge(training, language);
    const asked = heldOut.map((e) => categoryPosterior(questions, e.question));
    // As the evaluator weighs it: an answer that never touches a non-technical question's subject.
    const weight = (question: string, answer: string, category: Category) =>
      category !== "technical" && addressesSubject(question, answer, language, associations) === false
        ? UNADDRESSED_WEIGHT
        : 1;
    // As the evaluator weighs what the question names (`subjectFit`): the fit, raised or capped.
    const fitOf = (
      question: string,
      answer: string,
      category: Category,
      odds: CategoryOdds,
      fit: number,
      line: number,
    ) =>
      subjectFit(
        { question, answer, language },
        category,
        odds,
        { fit, missed: MISSED_SUBJECT_SHARE * line, sure: KIND_SURE },
        knowledge,
      );
    heldOut.forEach((entry, i) => {
      const odds = categoryPosterior(answers, entry.answer);
      const own = weight(entry.question, entry.answer, entry.category);
      if (likeliest(odds) === entry.category) counts.answer++;
      if (likeliest(asked[i]!) === entry.category) counts.question++;
      const ownFit = (fit: number) =>
        fitOf(entry.question, entry.answer, entry.category, odds, fit, offTopicFit);
      if (ownFit(own * oddsFit(odds, asked[i]!, entry.category)) < offTopicFit) counts.falseOffTopic++;
      if (ownFit(own * oddsFit(odds, certain(entry.category), entry.category)) < offTopicFit)
        counts.knownFalse++;
      const short = cutShort(entry.answer, language);
      const shortLine =
        offTopicFit * evidenceShare(extractAnswerFeatures({ question: "", answer: short, language }).length);
      const shortOwn = weight(entry.question, short, entry.category);
      const shortOdds = categoryPosterior(answers, short);
      const shortFit = shortOwn * oddsFit(shortOdds, asked[i]!, entry.category);
      if (fitOf(entry.question, short, entry.category, shortOdds, shortFit, shortLine) < shortLine)
        counts.shortFalse++;
      for (const category of answers.categories) {
        const j = heldOut.findIndex((other) => other.category === category);
        if (category === entry.category || j < 0) continue;
        counts.mismatches++;
        const moved = weight(heldOut[j]!.question, entry.answer, category);
        const movedFit = (fit: number) =>
          fitOf(heldOut[j]!.question, entry.answer, category, odds, fit, offTopicFit);
        if (movedFit(moved * oddsFit(odds, asked[j]!, category)) < offTopicFit) counts.flagged++;
        if (movedFit(moved * oddsFit(odds, certain(category), category)) < offTopicFit) counts.knownFlagged++;
      }
    });
  }
  return {
    language,
    answers: corpus.length,
    answerAccuracy: counts.answer / corpus.length,
    questionAccuracy: counts.question / corpus.length,
    falseOffTopicShare: counts.falseOffTopic / corpus.length,
    mismatchFlaggedShare: counts.flagged / counts.mismatches,
    knownKindFalseOffTopicShare: counts.knownFalse / corpus.length,
    knownKindFlaggedShare: counts.knownFlagged / counts.mismatches,
    shortFalseOffTopicShare: counts.shortFalse / corpus.length,
  };
}
