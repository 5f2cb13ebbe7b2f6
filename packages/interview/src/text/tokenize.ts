import type { Language } from "@studio/protocol";
import { stripParticles } from "./strip-particles";

// Keeps "node.js", "c++", "c#", "p95", "2.8초" and "i'd" as single tokens.
const WORD = /[\p{L}\p{N}][\p{L}\p{N}+#._'’-]*/gu;
const HANGUL = /[가-힣]/;

function normalize(raw: string, language: Language): string {
  let word = raw
    .toLowerCase()
    .replace(/’/g, "'")
    .replace(/[._'-]+$/, "");
  if (HANGUL.test(word)) word = stripParticles(word);
  if (language === "en") word = word.replace(/'s$/, "");
  return word;
}

/**
 * Splits text into lowercase word tokens. Korean words lose their particles ("캐시를" → "캐시"),
 * English possessives lose "'s"; numbers with units stay whole ("2.8초", "300ms").
 */
export function tokenize(text: string, language: Language): string[] {
  const tokens: string[] = [];
  for (const match of text.matchAll(WORD)) {
    const token = normalize(match[0], language);
    if (token) tokens.push(token);
  }
  return tokens;
}
