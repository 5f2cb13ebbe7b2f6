/** Fonts the corpus is set in (Debian fonts-nanum, fonts-noto-cjk, fonts-liberation, fonts-dejavu). */
export type FontKey =
  | "nanum-gothic"
  | "nanum-barun"
  | "nanum-myeongjo"
  | "nanum-square"
  | "noto-sans-kr"
  | "noto-serif-kr"
  | "liberation-sans"
  | "liberation-serif"
  | "liberation-narrow"
  | "dejavu-sans"
  | "dejavu-serif"
  | "helvetica"
  | "times";

export interface Layout {
  font: FontKey;
  /** Body size in points. */
  size?: number;
  /** A sidebar column beside the main one. */
  sidebar?: "left" | "right";
  heading?: "caps-rule" | "bold" | "square" | "bar" | "underline" | "large";
  /** The glyph before bullet lines; "none" indents them without a glyph. */
  bullet?: "•" | "–" | "▪" | "-" | "·" | "◦" | "none";
  page?: "a4" | "letter";
  margin?: number;
  /** Where the text after "|" of an entry title goes: flush right (default) or on the line below. */
  titleDates?: "right" | "below";
  headerAlign?: "left" | "center";
}

export interface Section {
  heading: string;
  /**
   * One line of markup each: "## Left | right" an entry title (bold; right part flush right),
   * "### text" a bold sub-title, "- text" a bullet, "-- text" a nested bullet, "> text" an indented
   * line, "Label:: values" a two-column table row, anything else a paragraph.
   */
  lines: string[];
}

export interface Expected {
  skills: string[];
  projects: string[];
  companies: string[];
}

export interface CorpusResume {
  id: string;
  language: "ko" | "en";
  layout: Layout;
  /** Name first, then contact and tagline lines. */
  header: string[];
  main: Section[];
  side?: Section[];
  expected: Expected;
}
