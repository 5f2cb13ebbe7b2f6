import type { Language } from "@studio/protocol";
import { splitSentences } from "../text/split-sentences";

const HANGUL_SYLLABLE = /[가-힣]/g;
const JAMO = /[ㄱ-ㅎㅏ-ㅣ]/g;
const LATIN = /[A-Za-z]/g;
const WORD = /[\p{L}\p{N}]+/gu;
/** Rows of a QWERTY keyboard and of the Korean alphabet: runs along them are typed without thinking. */
const KEY_ROWS = ["qwertyuiop", "asdfghjkl", "zxcvbnm", "가나다라마바사아자차카타파하"];
const REAL_ENGLISH_SHAPE = /[aeiouy]/i;

function count(pattern: RegExp, text: string): number {
  return text.match(pattern)?.length ?? 0;
}

/** A word typed along a keyboard row ("asdf", "가나다라"), or Latin letters with no vowel ("qwrt"). */
function isMashWord(word: string): boolean {
  const lower = word.toLowerCase();
  if (/^[ㄱ-ㅎㅏ-ㅣ]+$/.test(lower)) return true;
  if (/(.)\1{3,}/u.test(lower)) return true;
  if (
    lower.length >= 3 &&
    KEY_ROWS.some((row) => row.includes(lower) || [...row].reverse().join("").includes(lower))
  )
    return true;
  return /^[a-z]{4,}$/.test(lower) && !REAL_ENGLISH_SHAPE.test(lower);
}

/** Words that carry meaning: not keyboard runs, not laughter, not lone jamo. */
export function meaningfulWords(text: string): string[] {
  return (text.match(WORD) ?? []).filter((word) => !/^\d+$/.test(word) && !isMashWord(word));
}

/** The same sentence said again and again, or a handful of words recycled. */
function isRepetitive(text: string): boolean {
  const sentences = splitSentences(text).map((s) => s.replace(/\s+/g, " ").trim().toLowerCase());
  if (sentences.length >= 3 && new Set(sentences).size <= Math.ceil(sentences.length / 3)) return true;
  const words = (text.match(WORD) ?? []).map((w) => w.toLowerCase());
  return words.length >= 12 && new Set(words).size / words.length < 0.3;
}

/**
 * No content to assess: keyboard mash, laughter, lone jamo, fewer than three real words, or one
 * sentence repeated. ("잘 모르겠습니다" is caught by the evaluator's non-answer cue.)
 */
export function hasNoContent(text: string): boolean {
  const words = text.match(WORD) ?? [];
  const meaningful = meaningfulWords(text);
  if (meaningful.length < 3) return true;
  if (meaningful.length / Math.max(words.length, 1) < 0.6) return true;
  if (count(JAMO, text) > count(HANGUL_SYLLABLE, text) / 4 + 3) return true;
  return isRepetitive(text);
}

/** The answer is written mostly in the other language than the session's (Latin tech terms are fine in Korean). */
export function isOtherLanguage(text: string, language: Language): boolean {
  const hangul = count(HANGUL_SYLLABLE, text);
  // A Korean syllable carries about three Latin letters' worth of sound.
  const latin = count(LATIN, text) / 3;
  if (hangul + latin < 8) return false;
  const hangulShare = hangul / (hangul + latin);
  return language === "ko" ? hangulShare < 0.25 : hangulShare > 0.3;
}

/** Overlapping four-character shingles of the text with spaces and punctuation removed. */
export function shingles(text: string): Set<string> {
  const compact = text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
  const result = new Set<string>();
  for (let i = 0; i + 4 <= compact.length; i++) result.add(compact.slice(i, i + 4));
  return result;
}

/** Share of `a`'s shingles that also occur in `b`: 1 when `a` is copied from `b`. */
export function containment(a: string, b: string): number {
  return shingleContainment(shingles(a), shingles(b));
}

/** `containment` on shingle sets already built. */
export function shingleContainment(mine: ReadonlySet<string>, theirs: ReadonlySet<string>): number {
  if (mine.size === 0) return 0;
  let shared = 0;
  for (const s of mine) if (theirs.has(s)) shared++;
  return shared / mine.size;
}

/**
 * Each answer's share of four-character shingles found in the other, at least: the same story retold
 * in other words ("작년 하반기에" -> "지난해 말에", sentences reordered). Different answers on one subject
 * in the category corpus share at most about 0.3 both ways (one-sided overlaps reach 0.6).
 */
const RETOLD_BOTH_WAYS = 0.42;

/** Whether the answer repeats (or nearly repeats, or retells) one given earlier in the same interview. */
export function repeatsEarlierAnswer(text: string, earlier: readonly string[]): boolean {
  return earlier.some((previous) => {
    const forward = containment(text, previous);
    const both = Math.min(forward, containment(previous, text));
    return (forward >= 0.6 && both >= 0.35) || both >= RETOLD_BOTH_WAYS;
  });
}

/**
 * The question read back: most of the answer is the question's own words and it adds little of its own.
 */
export function echoesQuestion(text: string, question: string): boolean {
  const fromQuestion = containment(text, question);
  const ownShingles = shingles(text).size * (1 - fromQuestion);
  return fromQuestion >= 0.6 && ownShingles < 40;
}
