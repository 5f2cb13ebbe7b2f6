import type { Language } from "@studio/protocol";
import { splitSentences } from "../text";

const YEAR = /^(19|20)\d{2}(년도?|년에|년부터|s)?$/;
const TRAILING_PUNCTUATION = /[.,!?;:…]+$/;
const MAX_QUOTE_LENGTH = 60;
/** How many words apart two numbers still belong to one phrase ("from 2.8s to 0.4s"). */
const PHRASE_GAP = 3;

/** Words quoted before the first number: English needs more of them to name what was measured. */
const LEAD_WORDS: Readonly<Record<Language, number>> = { ko: 2, en: 3 };

/** A word that starts with a number ("2.8초에서", "40%", "$5k"); names like "p95" or "ec2" are not measures. */
function isMeasure(word: string): boolean {
  return /^[$€£₩(]?\d/.test(word) && !YEAR.test(word.replace(TRAILING_PUNCTUATION, ""));
}

export function clipQuote(text: string): string {
  const trimmed = text.trim().replace(TRAILING_PUNCTUATION, "");
  return trimmed.length <= MAX_QUOTE_LENGTH
    ? trimmed
    : `${trimmed.slice(0, MAX_QUOTE_LENGTH - 1).trimEnd()}…`;
}

/**
 * A short quote around the numbers in an answer, e.g. "응답 시간을 2.8초에서 0.4초로 줄였습니다" or
 * "cut p95 latency from 2.8s to 0.4s", preferring the sentence that measures most. Years do not count.
 */
export function findMetricPhrase(text: string, language: Language): string | null {
  let best: { quote: string; measures: number } | null = null;
  for (const sentence of splitSentences(text)) {
    const words = sentence.split(/\s+/).filter(Boolean);
    const positions = words.flatMap((word, i) => (isMeasure(word) ? [i] : []));
    const first = positions[0];
    if (first === undefined) continue;
    const phrase = [first];
    for (const i of positions.slice(1)) if (i - phrase.at(-1)! <= PHRASE_GAP) phrase.push(i);
    const quote = words.slice(Math.max(0, first - LEAD_WORDS[language]), phrase.at(-1)! + 2).join(" ");
    if (!best || phrase.length > best.measures) best = { quote, measures: phrase.length };
  }
  return best ? clipQuote(best.quote) : null;
}
