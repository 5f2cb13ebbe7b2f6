import type { Language } from "@studio/protocol";
import { tokenize } from "../text/tokenize";
import { CATEGORY_CORPUS, type CorpusEntry } from "./category-models";
import { subjectCues } from "./question-profile";

/**
 * A word's key for matching a question's subject against an answer: Korean by its first two syllables
 * ("성능이", "성능을" → "성능"), English by its prefix ("indexes" → "index").
 */
export function keyOf(word: string): string {
  if (/[가-힣]/.test(word)) return word.slice(0, 2);
  return word.length > 6 ? word.slice(0, Math.max(5, word.length - 3)) : word;
}

const answerKeys = (answer: string, language: Language) =>
  new Set(
    tokenize(answer, language)
      .filter((w) => w.length >= 2)
      .map(keyOf),
  );

const questionKeys = (question: string, language: Language) => [
  ...new Set(subjectCues(question, language).map(keyOf)),
];

/** Per subject word of a question, the answer words that answers to such questions use far more often. */
export type QuestionAssociations = Map<string, Set<string>>;

/** An answer word goes with a question word when answers to it use the word this many times as often. */
const LIFT = 5;
/** ... in at least this many of them and this share. */
const MIN_ANSWERS = 3;
const MIN_SHARE = 0.15;
/** Words associated with a subject that an answer must use to count as talking about it. */
const ASSOCIATED_HITS = 3;
/** A question word needs this many answers behind it for its associations to mean anything. */
const MIN_QUESTIONS = 5;

/**
 * Learns from corpus pairs what answers to a question about X talk about: answers to "성능" questions
 * use "응답" and "쿼리", answers to "계기" questions "시작" and "처음". Plain counts, no model.
 */
export function learnAssociations(entries: readonly CorpusEntry[], language: Language): QuestionAssociations {
  const documentCount = new Map<string, number>();
  const byQuestionKey = new Map<string, Set<string>[]>();
  for (const entry of entries) {
    const keys = answerKeys(entry.answer, language);
    for (const key of keys) documentCount.set(key, (documentCount.get(key) ?? 0) + 1);
    for (const q of questionKeys(entry.question, language)) {
      const list = byQuestionKey.get(q) ?? [];
      list.push(keys);
      byQuestionKey.set(q, list);
    }
  }
  const associations: QuestionAssociations = new Map();
  for (const [q, answers] of byQuestionKey) {
    if (answers.length < MIN_QUESTIONS) continue;
    const counts = new Map<string, number>();
    for (const keys of answers) for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
    const associated = new Set<string>();
    for (const [key, count] of counts) {
      const share = count / answers.length;
      const overall = (documentCount.get(key) ?? 0) / entries.length;
      if (count >= MIN_ANSWERS && share >= MIN_SHARE && share >= LIFT * overall) associated.add(key);
    }
    associations.set(q, associated);
  }
  return associations;
}

/**
 * Whether the answer talks about what the question names: one of its subject words, or, for a subject
 * the corpus knows, at least three of the words answers to it use. `undefined` when the question names no
 * subject (then nothing can be said).
 */
export function addressesSubject(
  question: string,
  answer: string,
  language: Language,
  associations: QuestionAssociations = defaultAssociations(language),
): boolean | undefined {
  const subject = questionKeys(question, language);
  if (subject.length === 0) return undefined;
  const said = answerKeys(answer, language);
  return subject.some((q) => {
    if (said.has(q)) return true;
    const associated = associations.get(q);
    if (!associated) return false;
    let hits = 0;
    for (const key of associated) if (said.has(key) && ++hits >= ASSOCIATED_HITS) return true;
    return false;
  });
}

const LEARNED: Partial<Record<Language, QuestionAssociations>> = {};

/** Learns both languages' associations now (half a second), so the first answer does not wait. */
export function warmAssociations(): void {
  defaultAssociations("ko");
  defaultAssociations("en");
}
export function defaultAssociations(language: Language): QuestionAssociations {
  LEARNED[language] ??= learnAssociations(CATEGORY_CORPUS[language], language);
  return LEARNED[language];
}
