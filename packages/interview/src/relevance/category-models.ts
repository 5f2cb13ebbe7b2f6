import { type Category, categorySchema, type Language } from "@studio/protocol";
import { z } from "zod";
import enCorpus from "../../data/category-corpus/en.json" with { type: "json" };
import koCorpus from "../../data/category-corpus/ko.json" with { type: "json" };
import { QUESTION_FILES } from "../bank/question-bank";
import {
  type CategoryModel,
  type CategoryOdds,
  categoryPosterior,
  type LabelledText,
  likeliest,
  trainCategoryModel,
} from "./category-classifier";

/**
 * One line of the category corpus: an interview question as some interviewer words it, and a
 * candidate's answer to it, labelled with the category of the question. Written for training only: the
 * relevance set and the reference answers that measure the evaluator are kept out of it.
 */
export const corpusEntrySchema = z.object({
  category: categorySchema,
  role: z.string(),
  question: z.string().min(1),
  answer: z.string().min(1),
});
export type CorpusEntry = z.infer<typeof corpusEntrySchema>;

export const CATEGORY_CORPUS: Record<Language, readonly CorpusEntry[]> = {
  ko: z.array(corpusEntrySchema).parse(koCorpus),
  en: z.array(corpusEntrySchema).parse(enCorpus),
};

type ModelKind = "answers" | "questions";

/**
 * What a model of this kind learns from: corpus answers, or corpus questions with the bank's. Pass a
 * part of the corpus to train on it alone (cross-validation).
 */
export function trainingTexts(
  kind: ModelKind,
  language: Language,
  corpus: readonly CorpusEntry[] = CATEGORY_CORPUS[language],
): LabelledText[] {
  if (kind === "answers") return corpus.map((e) => ({ text: e.answer, category: e.category }));
  const bank = QUESTION_FILES.filter((file) => file.language === language).flatMap((file) =>
    file.questions.map((q) => ({ text: q.text, category: q.category })),
  );
  return [...bank, ...corpus.map((e) => ({ text: e.question, category: e.category }))];
}

// Trained on first use (a fraction of a second per model), then kept.
const MODELS = new Map<string, CategoryModel>();
function model(kind: ModelKind, language: Language): CategoryModel {
  const key = `${kind}:${language}`;
  let trained = MODELS.get(key);
  if (!trained) {
    trained = trainCategoryModel(trainingTexts(kind, language), language);
    MODELS.set(key, trained);
  }
  return trained;
}

/**
 * How likely the answer answers each category of question, from the words it is made of: an answer
 * written for "why our company" reads as a motivation answer whichever question it is given to.
 */
export function answerCategoryOdds(answer: string, language: Language): CategoryOdds {
  return categoryPosterior(model("answers", language), answer);
}

/** How likely the question is of each category, from its wording. */
export function questionCategoryOdds(question: string, language: Language): CategoryOdds {
  return categoryPosterior(model("questions", language), question);
}

/** The kind of question, read from its wording when the caller does not say. */
export function questionCategory(question: string, language: Language): Category {
  return likeliest(questionCategoryOdds(question, language));
}

/**
 * How likely the answer is the kind of answer this question gets: half from the category the question
 * was asked as, half from what its wording asks ("how would you spend your first month", asked as a
 * closing question, reads as a motivation question and gets such answers).
 */
export function answerFitsQuestion(
  input: { question: string; answer: string; language: Language },
  category: Category,
): number {
  const answer = answerCategoryOdds(input.answer, input.language);
  return oddsFit(answer, questionCategoryOdds(input.question, input.language), category);
}

export function oddsFit(answer: CategoryOdds, asked: CategoryOdds, category: Category): number {
  const worded = (Object.keys(answer) as Category[]).reduce(
    (sum, c) => sum + (answer[c] ?? 0) * (asked[c] ?? 0),
    0,
  );
  return 0.5 * (answer[category] ?? 0) + 0.5 * worded;
}

/**
 * The share of the text's words that interview answers use (seen in at least two corpus answers): a
 * real answer, however rare its technical terms, is mostly made of them; syllables strung together
 * ("도키 마네 수레") are not.
 */
export function knownWordShare(words: readonly string[], language: Language): number {
  if (words.length === 0) return 0;
  const known = model("answers", language).index;
  return words.filter((word) => known.has(`w:${word}`)).length / words.length;
}

/** Trains every model now (a few seconds), so the first answer of a started server does not wait. */
export function warmCategoryModels(): void {
  for (const language of ["ko", "en"] as const) {
    model("answers", language);
    model("questions", language);
  }
}
