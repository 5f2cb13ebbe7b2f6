import { tokenize } from "@studio/interview";
import { stemmer } from "stemmer";
import { TOOL_SPELLINGS } from "../text/tool-spellings";
import { STOPWORDS } from "./stopwords";

/** Marks a Hangul character bigram, so it never collides with a word term. */
export const BIGRAM = "~";
const HANGUL_RUN = /[가-힣]+/g;

function hangulBigrams(token: string): string[] {
  const bigrams: string[] = [];
  for (const [run] of token.matchAll(HANGUL_RUN)) {
    for (let i = 0; i + 2 <= run.length; i++) bigrams.push(BIGRAM + run.slice(i, i + 2));
  }
  return bigrams;
}

function latinTerms(token: string): string[] {
  return token.split(" ").map((word) => (/^[a-z]+$/.test(word) ? stemmer(word) : word));
}

function termsOf(token: string): string[] {
  if (STOPWORDS.has(token)) return [];
  const latin = TOOL_SPELLINGS.get(token);
  if (latin) return latinTerms(latin);
  if (!/[가-힣]/.test(token)) return latinTerms(token);
  // The whole word (eojeol, particle stripped) plus its syllable bigrams: "결제시스템" still meets
  // "결제 시스템", and "단축했습니다" meets "단축하셨나요" through "단축".
  return [token, ...hangulBigrams(token)];
}

/**
 * The terms a text is indexed or searched by: words from `tokenize` of @studio/interview (particles
 * stripped), English words stemmed, Korean spellings of tools mapped to their Latin names, and
 * character bigrams of Korean words. Documents and queries go through the same function, in any
 * language, so a Korean question can find an English line and back.
 */
export function indexTerms(text: string): string[] {
  // "en" only adds stripping of English possessives; Korean particles are stripped either way.
  return tokenize(text, "en").flatMap(termsOf);
}
