import type { Category, Language } from "@studio/protocol";
import { categoryPosterior, trainCategoryModel } from "./category-classifier";
import { CATEGORY_CORPUS, type CorpusEntry } from "./category-models";

export interface CrossValidation {
  language: Language;
  answers: number;
  /** Held-out answers whose most likely category is their own. */
  answerAccuracy: number;
  /** Held-out questions whose most likely category is their own (the bank always in training). */
  questionAccuracy: number;
  /** Held-out answers that would be flagged off topic under their own question. */
  falseOffTopicShare: number;
  /** Held-out answers that would be flagged off topic under a question of each other category. */
  mismatchFlaggedShare: number;
}

const top = (odds: Partial<Record<Category, number>>) =>
  (Object.entries(odds) as [Category, number][]).reduce((a, b) => (b[1] > a[1] ? b : a))[0];

/**
 * K-fold cross-validation of the category models on the corpus: each answer is judged by a model that
 * never saw it, which is how the evaluator meets a candidate's answer. `offTopicOdds` is the line under
 * which an answer is flagged off topic.
 */
export function crossValidateCorpus(
  language: Language,
  offTopicOdds: number,
  bankQuestions: readonly { text: string; category: Category }[],
  folds = 5,
): CrossValidation {
  const corpus = CATEGORY_CORPUS[language];
  const inFold = (k: number) => (_: CorpusEntry, i: number) => i % folds === k;
  let answerHits = 0;
  let questionHits = 0;
  let falseOffTopic = 0;
  let mismatches = 0;
  let flagged = 0;
  for (let k = 0; k < folds; k++) {
    const training = corpus.filter((e, i) => !inFold(k)(e, i));
    const answers = trainCategoryModel(
      training.map((e) => ({ text: e.answer, category: e.category })),
      language,
    );
    const questions = trainCategoryModel(
      [...bankQuestions, ...training.map((e) => ({ text: e.question, category: e.category }))],
      language,
    );
    for (const entry of corpus.filter(inFold(k))) {
      const odds = categoryPosterior(answers, entry.answer);
      if (top(odds) === entry.category) answerHits++;
      if (top(categoryPosterior(questions, entry.question)) === entry.category) questionHits++;
      if ((odds[entry.category] ?? 0) < offTopicOdds) falseOffTopic++;
      for (const category of answers.categories) {
        if (category === entry.category) continue;
        mismatches++;
        if ((odds[category] ?? 0) < offTopicOdds) flagged++;
      }
    }
  }
  const n = corpus.length;
  return {
    language,
    answers: n,
    answerAccuracy: answerHits / n,
    questionAccuracy: questionHits / n,
    falseOffTopicShare: falseOffTopic / n,
    mismatchFlaggedShare: flagged / mismatches,
  };
}
