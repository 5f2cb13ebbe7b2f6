import type { Category, Language } from "@studio/protocol";
import { type CategoryModel, categoryPosterior, trainCategoryModel } from "./category-classifier";
import { CATEGORY_CORPUS, type CorpusEntry, kindFit } from "./category-models";

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
}

const top = (odds: Partial<Record<Category, number>>) =>
  (Object.entries(odds) as [Category, number][]).reduce((a, b) => (b[1] > a[1] ? b : a))[0];

interface FoldModels {
  answers: CategoryModel;
  questions: CategoryModel;
}

function trainFold(
  training: readonly CorpusEntry[],
  bank: readonly { text: string; category: Category }[],
  language: Language,
): FoldModels {
  return {
    answers: trainCategoryModel(
      training.map((e) => ({ text: e.answer, category: e.category })),
      language,
    ),
    questions: trainCategoryModel(
      [...bank, ...training.map((e) => ({ text: e.question, category: e.category }))],
      language,
    ),
  };
}

/**
 * K-fold cross-validation of the category models on the corpus: each answer and question is judged by
 * models that never saw them, which is how the evaluator meets a candidate. An answer is moved to one
 * held-out question of each other category. `offTopicFit` is the line under which it is flagged.
 */
export function crossValidateCorpus(
  language: Language,
  offTopicFit: number,
  bank: readonly { text: string; category: Category }[],
  folds = 5,
): CrossValidation {
  const corpus = CATEGORY_CORPUS[language];
  const counts = { answer: 0, question: 0, falseOffTopic: 0, mismatches: 0, flagged: 0 };
  for (let k = 0; k < folds; k++) {
    const heldOut = corpus.filter((_, i) => i % folds === k);
    const models = trainFold(
      corpus.filter((_, i) => i % folds !== k),
      bank,
      language,
    );
    const asked = heldOut.map((e) => categoryPosterior(models.questions, e.question));
    heldOut.forEach((entry, i) => {
      const odds = categoryPosterior(models.answers, entry.answer);
      if (top(odds) === entry.category) counts.answer++;
      if (top(asked[i]!) === entry.category) counts.question++;
      if (kindFit(odds, asked[i]!, entry.category) < offTopicFit) counts.falseOffTopic++;
      for (const category of models.answers.categories) {
        const j = heldOut.findIndex((other) => other.category === category);
        if (category === entry.category || j < 0) continue;
        counts.mismatches++;
        if (kindFit(odds, asked[j]!, category) < offTopicFit) counts.flagged++;
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
  };
}
