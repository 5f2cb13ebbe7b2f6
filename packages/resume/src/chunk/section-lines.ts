import type { ResumeSection } from "@studio/protocol";
import { headingSection, looseHeadingSection } from "./section-headings";

export interface SectionLine {
  section: ResumeSection;
  text: string;
  /** A blank line (or a heading) comes right before this line. */
  afterBreak: boolean;
}

/** The non-empty, non-heading lines of a resume's text, each with the section it stands in. */
export function sectionLines(text: string): SectionLine[] {
  const rows = text.split("\n").map((raw) => raw.trim());
  const alone = (i: number) => !rows[i - 1] && !rows[i + 1];
  const lines: SectionLine[] = [];
  let section: ResumeSection = "header";
  let afterBreak = true;
  for (const [i, row] of rows.entries()) {
    const opened = row ? (headingSection(row) ?? (alone(i) ? looseHeadingSection(row) : null)) : null;
    if (!row || opened) {
      if (opened) section = opened;
      afterBreak = true;
      continue;
    }
    lines.push({ section, text: row, afterBreak });
    afterBreak = false;
  }
  return lines;
}
