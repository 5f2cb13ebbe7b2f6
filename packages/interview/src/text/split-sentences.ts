const TERMINATOR = /[.!?。！？…]+["'”’)\]]*/g;
const HANGUL = /[가-힣]/;
const ABBREVIATIONS = new Set([
  "e.g",
  "i.e",
  "etc",
  "vs",
  "mr",
  "mrs",
  "ms",
  "dr",
  "prof",
  "inc",
  "ltd",
  "co",
  "jr",
  "sr",
  "st",
  "approx",
  "no",
  "u.s",
  "a.m",
  "p.m",
  "cf",
  "fig",
]);
/** Formal Korean endings that close a sentence even when a transcript has no punctuation. */
const UNPUNCTUATED_KO_END = /(니다|니까|세요|어요|아요|에요|예요|해요|죠)\s+(?=[가-힣A-Za-z0-9])/g;

function wordBefore(text: string, end: number): string {
  let start = end;
  while (start > 0 && /[A-Za-z.]/.test(text[start - 1]!)) start--;
  return text.slice(start, end).toLowerCase();
}

function isAbbreviation(text: string, at: number, mark: string, next: string): boolean {
  if (mark !== ".") return false;
  const word = wordBefore(text, at).replace(/^\.+/, "");
  if (/^[a-z]$/i.test(word) && /[A-Z]/.test(text[at - 1]!)) return true; // an initial: "J. Smith"
  if (!ABBREVIATIONS.has(word)) return false;
  // "etc." may still end a sentence when a capital or Hangul starts the next one.
  return !(word === "etc" && /[A-Z가-힣]/.test(next));
}

function isBoundary(text: string, at: number, match: string): boolean {
  const end = at + match.length;
  const next = text[end];
  if (next === undefined) return true;
  const nextVisible = text.slice(end).trimStart()[0] ?? "";
  const mark = match.replace(/["'”’)\]]+$/, "");
  if (mark === "." && /\d/.test(text[at - 1] ?? "") && /\d/.test(next)) return false; // 2.8초
  if (/\s/.test(next) || HANGUL.test(next) || /["'“‘(]/.test(next)) {
    return !isAbbreviation(text, at, mark, nextVisible);
  }
  return /[!?！？]/.test(mark) && /[A-Za-z]/.test(next); // "Done!Next", but not "Node.js"
}

function splitLine(line: string): string[] {
  const pieces: string[] = [];
  let start = 0;
  for (const match of line.matchAll(TERMINATOR)) {
    if (!isBoundary(line, match.index, match[0])) continue;
    const end = match.index + match[0].length;
    pieces.push(line.slice(start, end));
    start = end;
  }
  pieces.push(line.slice(start));
  return pieces;
}

function splitUnpunctuated(piece: string): string[] {
  if (/[.!?。！？…]\s*$/.test(piece) || piece.length < 40) return [piece];
  return piece.replace(UNPUNCTUATED_KO_END, "$1\n").split("\n");
}

/**
 * Splits Korean or English text into sentences: on . ! ? (and their full-width forms) and on newlines,
 * but not inside decimals ("2.8초"), abbreviations ("e.g.") or file names ("Node.js"). Long
 * unpunctuated Korean transcripts are split after formal sentence endings (…니다, …요).
 */
export function splitSentences(text: string): string[] {
  return text
    .split(/\r?\n+/)
    .flatMap(splitLine)
    .flatMap(splitUnpunctuated)
    .map((sentence) => sentence.trim())
    .filter((sentence) => /[\p{L}\p{N}]/u.test(sentence));
}
