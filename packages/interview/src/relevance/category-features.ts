import type { Language } from "@studio/protocol";
import { tokenize } from "../text/tokenize";

/** A text's features with how often each occurs in it. */
export type FeatureCounts = Map<string, number>;

const HANGUL = /[가-힣]/;
/** Where the first sentence ends: after . ! ? or at a line break. */
const SENTENCE_END = /(?<=[.!?。])\s+|\n+/;
/** An unpunctuated transcript is one long "sentence": only its first words are its opening. */
const OPENING_MAX_WORDS = 20;

function add(features: FeatureCounts, feature: string): void {
  features.set(feature, (features.get(feature) ?? 0) + 1);
}

/**
 * A Korean word's runs of two and three syllables, its start and end marked: "^해결" is the stem of
 * "해결했습니다" and "해결하려고", "니다$" and "까요$" are endings (tense and mood), and inner runs catch
 * the parts of compounds ("배포" in "무중단배포").
 */
function addSyllableRuns(features: FeatureCounts, word: string): void {
  const marked = `^${word}$`;
  for (const n of [2, 3]) {
    if (marked.length <= n) continue;
    for (let i = 0; i + n <= marked.length; i++) add(features, `k${n}:${marked.slice(i, i + n)}`);
  }
}

/**
 * What a text is made of, for telling kinds of answers apart: its words (Korean particles off), the
 * words of its first sentence again (where an answer says what it does: "I chose", "저는 …한
 * 사람입니다"), Korean syllable runs, an English word's first five letters ("learned", "learning"),
 * and word pairs ("i learned", "배우고 싶습니다").
 */
export function categoryFeatures(text: string, language: Language): FeatureCounts {
  const features: FeatureCounts = new Map();
  const firstSentence = text.split(SENTENCE_END)[0] ?? "";
  const opening = Math.min(OPENING_MAX_WORDS, tokenize(firstSentence, language).length);
  let previous = "";
  tokenize(text, language).forEach((token, i) => {
    add(features, `w:${token}`);
    if (i < opening) add(features, `o:${token}`);
    if (HANGUL.test(token)) addSyllableRuns(features, token);
    else if (token.length > 5) add(features, `s:${token.slice(0, 5)}`);
    if (previous) add(features, `b:${previous}_${token}`);
    previous = token;
  });
  return features;
}
