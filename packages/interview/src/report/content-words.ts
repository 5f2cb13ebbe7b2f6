import { STOPWORDS } from "./stopwords";

const HANGUL_ONLY = /^[가-힣]+$/;
const LATIN_ONLY = /^[a-z][a-z+#.-]*[a-z+#]$/;

// Hangul syllable arithmetic: syllable = 0xac00 + (lead * 21 + vowel) * 28 + tail.
function jamo(syllable: string): { lead: number; vowel: number; tail: number } {
  const code = syllable.charCodeAt(0) - 0xac00;
  return { lead: Math.floor(code / 588), vowel: Math.floor((code % 588) / 28), tail: code % 28 };
}

const LEAD_H = 18;
const LEAD_D = 3;
const VOWEL_A = 0;
const VOWEL_AE = 1;
const VOWEL_OE = 11;
const VOWEL_WAE = 10;
/** Tails that 하다/되다 take in inflection: none, ㄴ, ㄹ, ㅁ, ㅂ, ㅆ. */
const VERB_TAILS = new Set([0, 4, 8, 16, 17, 20]);

/** Where a 하다/되다 ending starts in a word like 개선했습니다 or 최적화된, or -1. */
function verbSuffixAt(word: string): number {
  for (let i = 2; i < word.length; i++) {
    const { lead, vowel, tail } = jamo(word[i]!);
    const ha = lead === LEAD_H && (vowel === VOWEL_A || vowel === VOWEL_AE);
    const doe = lead === LEAD_D && (vowel === VOWEL_OE || vowel === VOWEL_WAE);
    if (!(ha || doe) || !VERB_TAILS.has(tail)) continue;
    const bareAtEnd = i === word.length - 1 && tail === 0 && vowel !== VOWEL_AE && vowel !== VOWEL_WAE;
    if (!bareAtEnd) return i; // a bare final 하/되 is a noun's own syllable (과부하), not an ending
  }
  return -1;
}

/** Vowels of the contracted -아서/-어서 connective: 느려서, 바빠서, 봐서, 줘서. */
const CONNECTIVE_VOWELS = new Set([0, 1, 4, 6, 9, 10, 14, 15]);

function isConnective(word: string): boolean {
  if (!word.endsWith("서") || word.length < 2) return false;
  const before = jamo(word.at(-2)!);
  return before.tail === 0 && CONNECTIVE_VOWELS.has(before.vowel);
}

/**
 * Verb and adjective forms that carry no noun: past tense (ㅆ), clause and sentence endings, adverbs
 * (빠르게) and -적 adjectival forms (구체적).
 */
function isInflected(word: string): boolean {
  if ([...word].some((s) => jamo(s).tail === 20) || isConnective(word)) return true;
  if (word.length >= 3 && word.endsWith("적")) return true;
  return /(니다|어요|아요|세요|는데|지만|면서|도록|려고|으며|었던|았던|였던|겠다|는다|르게|롭게|럽게|쉽게|있게|없게)$/.test(
    word,
  );
}

/** Endings of verbs and adjectives in clause-linking forms (같고, 올라, 빠르게): never a bare noun. */
const KO_CLAUSE_END = /[고며면게지라러려서요다니까든]$/;

/**
 * The noun of one Korean word as written in a sentence: a noun with its particle (고객을 → 고객), a
 * Sino-Korean verb (개선했습니다 → 개선), or a bare noun modifying the next word (결제 화면 → 결제).
 */
export function koreanNounOfWord(word: string, particle: string | null): string | null {
  if (!HANGUL_ONLY.test(word)) return null;
  if (particle === null && KO_CLAUSE_END.test(word) && verbSuffixAt(word) < 0) return null;
  return koreanNoun(word);
}

/** The noun a Korean token names, if any: 개선했습니다 → 개선, 서비스 → 서비스, 줄였습니다 → null. */
function koreanNoun(token: string): string | null {
  if (!HANGUL_ONLY.test(token)) return null;
  const suffix = verbSuffixAt(token);
  const word = suffix >= 0 ? token.slice(0, suffix) : token;
  if (word.length < 2 || STOPWORDS.ko.has(word) || (suffix < 0 && isInflected(word))) return null;
  return word;
}

/** Past-tense verbs and adverbs ("complained", "quickly"), but not nouns like "speed". */
const ENGLISH_NON_NOUN = /(?<!e)ed$|ly$/;

/** Regular plurals to singular ("queries" → "query", "systems" → "system"); "process" and "status" stay. */
function singular(word: string): string {
  if (word.length > 4 && word.endsWith("ies")) return `${word.slice(0, -3)}y`;
  if (word.length > 4 && /[^su]s$/.test(word) && !/(is|ics|ss)$/.test(word)) return word.slice(0, -1);
  return word;
}

function englishWord(token: string): string | null {
  if (token.length < 3 || !LATIN_ONLY.test(token) || ENGLISH_NON_NOUN.test(token)) return null;
  const word = singular(token);
  return STOPWORDS.en.has(token) || STOPWORDS.en.has(word) ? null : word;
}

/** The content word (noun-like) a token stands for, or null for function words and inflected verbs. */
export function contentWord(token: string): string | null {
  return HANGUL_ONLY.test(token) ? koreanNoun(token) : englishWord(token);
}
