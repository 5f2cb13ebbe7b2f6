import type { Language, Report } from "@studio/protocol";
import { findTechTerms } from "../evaluation/find-tech-terms";
import { tokenize } from "../text";
import { contentWord } from "./content-words";

export const KEYWORD_LIMIT = 10;

/** Most frequent first; ties keep the order in which the words first came up. */
function topByCount(words: readonly string[], limit: number): string[] {
  const counts = new Map<string, number>();
  for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([word]) => word);
}

/**
 * Technical keywords (terms from the shared tech lexicon) and general keywords (the most frequent
 * content nouns, stopwords and verb forms removed), both drawn from the candidate's answers.
 */
export function extractKeywords(texts: readonly string[], language: Language): Report["keywords"] {
  const technical: string[] = [];
  const general: string[] = [];
  for (const text of texts) {
    const tokens = tokenize(text, language);
    const terms = findTechTerms(tokens, language);
    technical.push(...terms);
    const termWords = new Set(terms.flatMap((term) => term.split(" ")));
    for (const token of tokens) {
      const word = contentWord(token);
      if (word && !termWords.has(word) && !termWords.has(token)) general.push(word);
    }
  }
  return { technical: topByCount(technical, KEYWORD_LIMIT), general: topByCount(general, KEYWORD_LIMIT) };
}
