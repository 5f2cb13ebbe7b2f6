import type { Language } from "@studio/protocol";
import { TECH_TERMS, type TechTerm } from "./tech-terms";

type TermIndex = Map<string, TechTerm[]>;

// Terms are grouped by their first two letters so a token is only compared with a handful of them.
function buildIndex(terms: readonly TechTerm[]): TermIndex {
  const index: TermIndex = new Map();
  for (const term of terms) {
    const key = term.words[0]!.stem.slice(0, 2);
    index.set(key, [...(index.get(key) ?? []), term]);
  }
  return index;
}

const INDEX: Record<Language, TermIndex[]> = {
  en: [buildIndex(TECH_TERMS.en)],
  // Korean answers name technologies in Latin script too ("Redis를", "API").
  ko: [buildIndex(TECH_TERMS.ko), buildIndex(TECH_TERMS.en)],
};

function wordMatches(token: string, word: TechTerm["words"][number]): boolean {
  if (word.exact) return token === word.stem || token === `${word.stem}s`;
  return token.startsWith(word.stem);
}

function termLength(term: TechTerm, tokens: readonly string[], at: number): number {
  const fits = term.words.every((word, offset) => {
    const token = tokens[at + offset];
    return token !== undefined && wordMatches(token, word);
  });
  return fits ? term.words.length : 0;
}

function longestAt(indexes: TermIndex[], tokens: readonly string[], at: number) {
  let longest: { term: TechTerm; length: number } | null = null;
  for (const index of indexes) {
    for (const term of index.get(tokens[at]!.slice(0, 2)) ?? []) {
      const length = termLength(term, tokens, at);
      if (length > (longest?.length ?? 0)) longest = { term, length };
    }
  }
  return longest;
}

// Korean words carry endings ("설계했습니다"), so a Korean term is named by its dictionary stem;
// English tokens are already words and only lose a plural ("threads" → "thread").
function canonical(term: TechTerm, tokens: readonly string[]): string {
  return tokens
    .map((token, i) => {
      const { stem } = term.words[i]!;
      if (/[가-힣]/.test(token)) return stem;
      if (token === `${stem}s`) return stem;
      return token.length > 4 ? token.replace(/(?<![sui])s$|(?<=(ss|sh|ch|x))es$/, "") : token;
    })
    .join(" ");
}

/** Technical terms named in a run of tokens (from `tokenize`), in order, by their dictionary form. */
export function findTechTerms(tokens: readonly string[], language: Language): string[] {
  const indexes = INDEX[language];
  const found: string[] = [];
  for (let at = 0; at < tokens.length; at++) {
    const match = longestAt(indexes, tokens, at);
    if (!match) continue;
    found.push(canonical(match.term, tokens.slice(at, at + match.length)));
    at += match.length - 1;
  }
  return found;
}

/** A term as the candidate wrote it ("b-tree" → "B-Tree"), or the term itself when not found verbatim. */
export function asWritten(text: string, term: string): string {
  const at = text.toLowerCase().indexOf(term.toLowerCase());
  if (at < 0) return term;
  // The dictionary form may be cut from a longer Latin word ("querie" of "queries"): show the whole word.
  const rest = /[A-Za-z]$/.test(term) ? /^[A-Za-z0-9+#]*/.exec(text.slice(at + term.length))![0] : "";
  return text.slice(at, at + term.length) + rest;
}
