const HANGUL = /[가-힣]/;
const LATIN_WORD = /[\p{L}\p{N}]+/gu;

/** An answer prepared once for cue matching: Hangul without spaces, Latin words in order. */
export interface CueText {
  /** Lowercase, whitespace removed: Korean compounds are written with or without spaces. */
  compact: string;
  words: string[];
}

export function prepareCueText(text: string): CueText {
  const lower = text.normalize("NFC").toLowerCase();
  return { compact: lower.replace(/\s+/g, ""), words: lower.match(LATIN_WORD) ?? [] };
}

/** A cue parsed once: Hangul cues as a compact substring, Latin cues as their words. */
type ParsedCue = { compact: string } | { parts: string[] };
const parsed = new Map<string, ParsedCue>();

function parse(cue: string): ParsedCue {
  let found = parsed.get(cue);
  if (!found) {
    const lower = cue.normalize("NFC").toLowerCase();
    found = HANGUL.test(lower)
      ? { compact: lower.replace(/\s+/g, "") }
      : { parts: lower.match(LATIN_WORD) ?? [] };
    parsed.set(cue, found);
  }
  return found;
}

// A word of one or two letters ("i", "a", "of") must be that word, or "i led" would match "it led".
const fits = (word: string | undefined, part: string) =>
  word !== undefined && (part.length <= 2 ? word === part : word.startsWith(part));

/**
 * Whether a cue occurs in the text. A cue with Hangul matches as a substring with spaces ignored,
 * since particles and endings attach to Korean words ("인덱스" in "인덱스를"); a Latin cue matches
 * consecutive words that start with the cue's words ("write cost" in "write costs").
 */
export function matchesCue(text: CueText, cue: string): boolean {
  const cueParts = parse(cue);
  if ("compact" in cueParts) return text.compact.includes(cueParts.compact);
  const { parts } = cueParts;
  if (parts.length === 0) return false;
  return text.words.some((_, start) => parts.every((part, k) => fits(text.words[start + k], part)));
}

/** The first cue of a list that occurs in the text, if any. */
export function firstMatchingCue(text: CueText, cues: readonly string[]): string | undefined {
  return cues.find((cue) => matchesCue(text, cue));
}

/**
 * What an answer holds, as lookup sets: every substring of its compact text up to the longest Hangul cue,
 * every Latin word and every word prefix of three letters or more. Matching thousands of cues against one
 * answer (every bank question's talking points) then costs a lookup per cue instead of a scan.
 */
interface CueIndex {
  substrings: Set<string>;
  words: Set<string>;
  prefixes: Set<string>;
}

const INDEXED_SUBSTRING = 12;

function indexText(text: CueText): CueIndex {
  const substrings = new Set<string>();
  const { compact } = text;
  for (let start = 0; start < compact.length; start++) {
    const end = Math.min(compact.length, start + INDEXED_SUBSTRING);
    for (let stop = start + 1; stop <= end; stop++) substrings.add(compact.slice(start, stop));
  }
  const prefixes = new Set<string>();
  for (const word of text.words) for (let n = 3; n <= word.length; n++) prefixes.add(word.slice(0, n));
  return { substrings, words: new Set(text.words), prefixes };
}

const present = (index: CueIndex, part: string) =>
  part.length <= 2 ? index.words.has(part) : index.prefixes.has(part);

/** A long list of cues parsed once, for `matchingCues`. */
export type PreparedCues = readonly { cue: string; parsed: ParsedCue }[];

export const prepareCues = (cues: Iterable<string>): PreparedCues =>
  [...cues].map((cue) => ({ cue, parsed: parse(cue) }));

function matchesIndexed(text: CueText, index: CueIndex, cue: string, cueParts: ParsedCue): boolean {
  if ("compact" in cueParts) {
    return cueParts.compact.length <= INDEXED_SUBSTRING
      ? index.substrings.has(cueParts.compact)
      : text.compact.includes(cueParts.compact);
  }
  const { parts } = cueParts;
  if (parts.length === 0 || !parts.every((part) => present(index, part))) return false;
  return parts.length === 1 || matchesCue(text, cue);
}

/** The cues of a long list that occur in the text, with the same rules as `matchesCue`. */
export function matchingCues(text: CueText, cues: PreparedCues): Set<string> {
  const index = indexText(text);
  const found = new Set<string>();
  for (const { cue, parsed } of cues) if (matchesIndexed(text, index, cue, parsed)) found.add(cue);
  return found;
}
