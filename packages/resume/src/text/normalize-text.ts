// Bullet glyphs resumes use, including the private-use codes Symbol and Wingdings fonts extract to.
const BULLET = /^[•●○◦▪▫■□◆◇▶▷►▸‣⁃∙·*\-–—\uf0a7\uf0b7\uf0d8\uf076\uf0fc]+\s*/u;
const PLACEHOLDER_NAME = /^[○◯]{2,}[^\s○◯●]/u;
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
// Control codes a font's ToUnicode map may give for its space glyph (Chromium with some Korean fonts
// writes U+0001 for every space): they stand for spaces, never for text.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control codes is the point here
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/**
 * Cleans one line of extracted text: compatibility forms folded (NFKC turns "ﬁ" into "fi" and
 * full-width letters into ASCII, and composes Hangul jamo that some PDFs store decomposed), invisible
 * characters removed, spaces collapsed and any bullet glyph written as "- ".
 */
export function normalizeLine(line: string): string {
  const clean = line
    .replace(CONTROL, " ")
    .normalize("NFKC")
    .replace(INVISIBLE, "")
    // A figure dash or a horizontal bar between dates is the en dash of a range.
    .replace(/[\u2012\u2015]/g, "–")
    .replace(/\s+/g, " ")
    .trim();
  // "○○시청", "○○대학교": circles written right against a word stand in for a name, not a bullet.
  if (!BULLET.test(clean) || PLACEHOLDER_NAME.test(clean)) return clean;
  const rest = clean.replace(BULLET, "");
  // "-5%" or "—" alone are not bullets worth rewriting.
  return rest && !/^\d/.test(rest) ? `- ${rest}` : clean;
}

/** Joins a line with the one that continues it, undoing a hyphenated break ("devel-" + "opment"). */
export function joinWrapped(line: string, next: string): string {
  if (/\p{Ll}-$/u.test(line) && /^\p{Ll}/u.test(next)) return line.slice(0, -1) + next;
  return `${line} ${next}`;
}

/** Collapses the blank lines between paragraphs to one and trims the text. */
export function tidyParagraphs(text: string): string {
  return text
    .replace(/[ \t]+\n/g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
