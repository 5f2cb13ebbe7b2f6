import type { Language, Report } from "@studio/protocol";
import { asWritten, findTechTerms } from "../evaluation/find-tech-terms";
import { tokenize } from "../text";
import { stripParticles } from "../text/strip-particles";
import { contentWord, koreanNounOfWord } from "./content-words";

export const KEYWORD_LIMIT = 10;

/** Counts words by a key and remembers how each was written, to show the surface form, never a stem. */
class KeywordCounter {
  private readonly counts = new Map<string, { count: number; surfaces: Map<string, number> }>();

  add(key: string, surface: string): void {
    const entry = this.counts.get(key) ?? { count: 0, surfaces: new Map() };
    entry.count++;
    entry.surfaces.set(surface, (entry.surfaces.get(surface) ?? 0) + 1);
    this.counts.set(key, entry);
  }

  /** Most frequent first (ties in order of first use), each as written: the key itself if written so. */
  top(limit: number): string[] {
    return [...this.counts.entries()]
      .sort((a, b) => b[1].count - a[1].count)
      .slice(0, limit)
      .map(([key, { surfaces }]) => {
        const exact = [...surfaces.keys()].find((surface) => surface.toLowerCase() === key);
        return exact ?? [...surfaces.entries()].sort((a, b) => b[1] - a[1])[0]![0];
      });
  }
}

const words = (text: string) =>
  text
    .split(/\s+/)
    .map((w) => w.replace(/^[("'“‘[]+|[)"'”’\].,!?;:…]+$/g, ""))
    .filter(Boolean);

/** Korean nouns as a recruiter would list them: with their particle gone, verbs and endings left out. */
function koreanGeneral(text: string, counter: KeywordCounter, terms: Set<string>): void {
  for (const word of words(text)) {
    const bare = stripParticles(word);
    const noun = koreanNounOfWord(bare, bare === word ? null : word.slice(bare.length));
    if (noun && !terms.has(noun)) counter.add(noun, noun);
  }
}

function englishGeneral(text: string, counter: KeywordCounter, terms: Set<string>): void {
  for (const written of words(text)) {
    const token = written.toLowerCase().replace(/'s$/, "");
    const key = contentWord(token);
    const partOfTerm = [...terms].some((term) => token.startsWith(term));
    if (key && !partOfTerm) counter.add(key, /^[A-Z][a-z]/.test(written) ? token : written);
  }
}

/**
 * Technical keywords (terms from the shared tech lexicon, as the candidate wrote them) and general
 * keywords (the most frequent content nouns; stopwords, function words and verb forms left out).
 */
export function extractKeywords(texts: readonly string[], language: Language): Report["keywords"] {
  const technical = new KeywordCounter();
  const general = new KeywordCounter();
  for (const text of texts) {
    const terms = findTechTerms(tokenize(text, language), language);
    for (const term of terms) technical.add(term, asWritten(text, term));
    const termWords = new Set(terms.flatMap((term) => term.split(" ")));
    if (language === "ko") koreanGeneral(text, general, termWords);
    else englishGeneral(text, general, termWords);
  }
  return { technical: technical.top(KEYWORD_LIMIT), general: general.top(KEYWORD_LIMIT) };
}
