import type { Language } from "@studio/protocol";

export const FILLER_WORDS: Readonly<Record<Language, readonly string[]>> = {
  ko: ["음", "어", "아", "그", "저", "뭐", "뭔가", "뭐랄까", "약간", "그냥", "좀", "막", "이제"],
  en: [
    "um",
    "uh",
    "er",
    "hmm",
    "like",
    "you know",
    "i mean",
    "basically",
    "actually",
    "literally",
    "kind of",
    "sort of",
  ],
};

/** Hesitation sounds, stretched however the transcript spells them ("으음", "uhhh"). */
const KO_SOUNDS: [RegExp, string][] = [
  [/^(으*음+|흠+)$/, "음"],
  [/^어+$/, "어"],
  [/^아+$/, "아"],
];
const KO_ALWAYS = new Set(["뭐", "뭔가", "뭐랄까", "약간", "그냥", "좀", "막", "이제"]);
/** "그" and "저" are also "that" and "I": a filler only when the speaker trails off or repeats. */
const KO_WHEN_HESITANT = new Set(["그", "저"]);

const EN_SOUNDS: [RegExp, string][] = [
  [/^u+m+$/, "um"],
  [/^u+h+$/, "uh"],
  [/^(e+r+|e+r+m+)$/, "er"],
  [/^h+m+$/, "hmm"],
];
const EN_ALWAYS = new Set(["basically", "actually", "literally"]);
const BE_VERBS = new Set(["am", "is", "are", "was", "were", "be", "been", "it's", "that's", "he's", "she's"]);
const DETERMINERS = new Set([
  "a",
  "an",
  "the",
  "this",
  "that",
  "these",
  "those",
  "what",
  "some",
  "any",
  "one",
]);
const KNOW_OBJECTS = new Set([
  "how",
  "what",
  "why",
  "when",
  "where",
  "whether",
  "if",
  "that",
  "the",
  "about",
]);

interface Word {
  text: string;
  pause: boolean; // followed by a comma, dash or ellipsis
}

function words(text: string): Word[] {
  const found: Word[] = [];
  for (const match of text.toLowerCase().matchAll(/([\p{L}\p{N}'’]+)([\s]*[,…~-]|[\s]*\.{2,})?/gu)) {
    found.push({ text: match[1]!.replace(/’/g, "'"), pause: match[2] !== undefined });
  }
  return found;
}

function koreanFiller(list: Word[], i: number): string | null {
  const word = list[i]!;
  for (const [pattern, key] of KO_SOUNDS) if (pattern.test(word.text)) return key;
  if (KO_ALWAYS.has(word.text)) return word.text;
  if (!KO_WHEN_HESITANT.has(word.text)) return null;
  const next = list[i + 1];
  const hesitant = word.pause || next === undefined || next.text === word.text || KO_ALWAYS.has(next.text);
  return hesitant ? word.text : null;
}

function isFillerLike(list: Word[], i: number): boolean {
  const previous = list[i - 1];
  const next = list[i + 1];
  if (list[i]!.pause) return true; // "like, it was slow"
  if (!previous || !next || DETERMINERS.has(next.text) || next.text === "to") return false;
  return BE_VERBS.has(previous.text) || previous.pause || previous.text === "like";
}

function englishFiller(list: Word[], i: number): string | null {
  const word = list[i]!.text;
  const previous = list[i - 1]?.text;
  const next = list[i + 1]?.text;
  for (const [pattern, key] of EN_SOUNDS) if (pattern.test(word)) return key;
  if (EN_ALWAYS.has(word)) return word;
  if (word === "like") return isFillerLike(list, i) ? "like" : null;
  if (word === "you" && next === "know") {
    const asked = previous === "do" || previous === "did" || previous === "don't" || previous === "if";
    return asked || KNOW_OBJECTS.has(list[i + 2]?.text ?? "") ? null : "you know";
  }
  if (word === "i" && next === "mean" && list[i + 1]!.pause) return "i mean";
  if ((word === "kind" || word === "sort") && next === "of" && !DETERMINERS.has(previous ?? "")) {
    return `${word} of`;
  }
  return null;
}

/**
 * Counts filler words per filler (only those that occur). Context decides the ambiguous ones:
 * "그 프로젝트" and "I'd like to" are not fillers, "그... 그" and "it was like, slow" are.
 */
export function countFillers(text: string, language: Language): Record<string, number> {
  const list = words(text);
  const detect = language === "ko" ? koreanFiller : englishFiller;
  const counts: Record<string, number> = {};
  for (let i = 0; i < list.length; i++) {
    const filler = detect(list, i);
    if (filler) counts[filler] = (counts[filler] ?? 0) + 1;
  }
  return counts;
}

export function countFillerTotal(text: string, language: Language): number {
  return Object.values(countFillers(text, language)).reduce((sum, n) => sum + n, 0);
}
