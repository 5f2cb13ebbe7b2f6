import type { Language } from "@studio/protocol";

const HANGUL = /[\u3131-\u318e\uac00-\ud7a3]/u;
const LETTER = /\p{L}/u;

/**
 * The share of words that contain Hangul. Counted by words, not letters, so that English technical
 * terms in a Korean sentence ("Redis와 Kafka를 ...") weigh like the Korean words they are part of.
 */
export function hangulWordShare(text: string): number {
  const words = text.split(/[\s,.;:!?()[\]{}"'“”‘’/]+/u).filter((word) => LETTER.test(word));
  if (words.length === 0) return 0;
  return words.filter((word) => HANGUL.test(word)).length / words.length;
}

/** Korean text must be mostly Hangul (technical terms in Latin letters are fine); English text has none. */
export function isInLanguage(text: string, language: Language): boolean {
  if (language === "en") return !HANGUL.test(text) && LETTER.test(text);
  return hangulWordShare(text) >= 0.5;
}
