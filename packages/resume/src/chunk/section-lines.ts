import type { ResumeSection } from "@studio/protocol";
import { headingSection, sectionAt } from "./section-headings";
import { joinedLines } from "./spaced-letters";

// The words of a table's header row ("기간 | 회사명 | 부서/직급 | 담당업무", "No | 기간 | 프로젝트명 | …").
const HEADER_CELL =
  /^(?:no\.?|번호|순번|기간|재직\s?기간|근무\s?기간|프로젝트\s?명|고객사|소속사?|역할|개발\s?환경|사용\s?기술|회사\s?명|최종\s?직급|직급|직위|직책|근무처|발주처?|부서|부서\/직급|담당\s?업무|구분|기술|수준|내용|학교\s?명|전공|학점|취득일|자격증?\s?명|발행처|비고|period|dates?|project|client|role|company|employer|position|technologies|tech stack)$/iu;

// Two column names run together, as letter-spaced cells close up ("회 사 명 직 위" → "회사명직위").
const HEADER_CELLS = new RegExp(HEADER_CELL.source.replace("^(?:", "^(?:(?:").replace(")$", "))+$"), "iu");

/** A table's header row: two cells or more, each a column name. It names no fact. */
export function tableHeader(row: string): boolean {
  const cells = row
    .replace(/^- /, "")
    .split(/\s*\|\s*|\s{2,}/)
    .flatMap((cell) => (HEADER_CELLS.test(cell) ? [cell] : cell.split(" ")))
    .filter(Boolean);
  return cells.length >= 2 && cells.every((cell) => HEADER_CELLS.test(cell));
}

// Korean outline numbering: "가." and "나." number entries (an item, not a bullet), "1)" and "가)" their
// points ("- 가. (주)한빛모빌리티 …" → "(주)한빛모빌리티 …", "가) Jetpack …" → "- Jetpack …").
const OUTLINE_ENTRY = /^(?:- )?[가-하]\.\s+/u;
const OUTLINE_POINT = /^(?:- )?(?:[가-하]\)|\d{1,2}\))\s+/u;

/** A line as the readers take it: outline numbering read as entry or bullet, a table header dropped. */
export function readableRow(raw: string): string {
  const row = raw.trim();
  if (tableHeader(row)) return "";
  if (OUTLINE_ENTRY.test(row)) return row.replace(OUTLINE_ENTRY, "");
  if (OUTLINE_POINT.test(row)) return row.replace(OUTLINE_POINT, "- ");
  return row;
}

export interface SectionLine {
  section: ResumeSection;
  text: string;
  /** A blank line (or a heading) comes right before this line. */
  afterBreak: boolean;
}

/** The non-empty, non-heading lines of a resume's text, each with the section it stands in. */
export function sectionLines(text: string): SectionLine[] {
  const rows = joinedLines(text).map((raw) => (headingSection(raw.trim()) ? raw.trim() : readableRow(raw)));
  const lines: SectionLine[] = [];
  let section: ResumeSection = "header";
  let afterBreak = true;
  for (const [i, row] of rows.entries()) {
    const opened = row ? sectionAt(rows, i) : null;
    if (!row || opened) {
      if (opened) section = opened;
      afterBreak = true;
      continue;
    }
    lines.push({ section, text: row, afterBreak });
    afterBreak = false;
  }
  return headless(lines);
}

/**
 * A resume with no heading the reader knows ("지금 하고 있는 일", "전에 했던 일" over prose): past its
 * first paragraph (name and contact) its skills are read rather than none; no entry is guessed from prose.
 */
function headless(lines: SectionLine[]): SectionLine[] {
  if (lines.some((line) => line.section !== "header")) return lines;
  const body = lines.findIndex((line, i) => i > 0 && line.afterBreak);
  return lines.map((line, i) => (body > 0 && i >= body ? { ...line, section: "other" } : line));
}
