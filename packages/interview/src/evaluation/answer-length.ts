import type { Language } from "@studio/protocol";

/**
 * English words one Hangul syllable carries. Korean eojeol vary from one syllable ("것", "수") to six
 * ("데이터베이스의"), so counting eojeol misjudges length both ways; syllables do not. The interview
 * corpora average 2.76 syllables per eojeol, and an eojeol was taken as 1.6 English words before, so
 * the two measures agree on a typical answer.
 */
const KO_WORDS_PER_SYLLABLE = 0.58;
const HANGUL_SYLLABLE = /[가-힣]/g;
const HANGUL = /[가-힣]/;

/**
 * An answer's length in English-equivalent words, fillers left out: English counts words; Korean counts
 * Hangul syllables, plus one word for each token written in another script ("Redis", "p95", "300ms").
 */
export function answerLength(
  answer: string,
  language: Language,
  tokens: readonly string[],
  fillers: Readonly<Record<string, number>>,
): number {
  const fillerCount = Object.values(fillers).reduce((sum, n) => sum + n, 0);
  if (language === "en") return Math.max(0, tokens.length - fillerCount);
  const fillerSyllables = Object.entries(fillers).reduce((sum, [word, n]) => sum + word.length * n, 0);
  const syllables = (answer.match(HANGUL_SYLLABLE)?.length ?? 0) - fillerSyllables;
  const foreign = tokens.filter((token) => !HANGUL.test(token)).length;
  return Math.max(0, syllables * KO_WORDS_PER_SYLLABLE + foreign);
}
