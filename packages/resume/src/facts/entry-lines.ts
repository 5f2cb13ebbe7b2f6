import { firstRange } from "./date-range";
import type { ProjectDraft } from "./read-entries";
import { namesRole } from "./role-words";

/**
 * The detail rows of a project written as a table or a form ("기간 | 2023.01 ~ 2023.06",
 * "소속: 주식회사 하루마켓", "Tech stack: Go, gRPC"): the row's kind and its value.
 */
export type DetailRow = { kind: "name" | "period" | "company" | "role" | "other"; value: string };

const DETAIL_ROWS: [DetailRow["kind"], RegExp][] = [
  ["name", /^(?:프로젝트\s?명|프로젝트|project(?:\s?name)?)$/iu],
  ["period", /^(?:기간|수행\s?기간|프로젝트\s?기간|개발\s?기간|period|duration|dates?)$/iu],
  ["company", /^(?:소속|회사|회사명|고객사|발주처|company|employer|client)$/iu],
  ["role", /^(?:역할|담당|담당\s?업무|직무|직책|role|my role|position)$/iu],
  [
    "other",
    /^(?:사용\s?기술|기술|기술\s?스택|개발\s?환경|성과|결과|주요\s?성과|내용|주요\s?내용|주요\s?업무|업무|설명|개요|팀\s?구성|인원|tech(?:nologies| stack)?|stack|tools|results?|impact|outcome|description|summary|team)$/iu,
  ],
];
const LABELLED = /^([^:：|]{1,12}?)\s*(?:[:：]|\s\|)\s*(.+)$/u;

/** A "label: value" or "label | value" row whose label names a project detail, or null. */
export function detailRow(text: string): DetailRow | null {
  const match = LABELLED.exec(text.replace(/^- /, ""));
  if (!match) return null;
  const kind = DETAIL_ROWS.find(([, label]) => label.test(match[1]!.trim()))?.[0];
  return kind ? { kind, value: match[2]!.trim() } : null;
}

/**
 * A detail row read into the open project: its period, company (an employer too), role; every row
 * stays among the project's lines as "label: value", the way technologies and results are read.
 */
export function addDetail(project: ProjectDraft, row: DetailRow, text: string, companies: string[]): void {
  if (row.kind === "period") project.period ??= firstRange(row.value)?.text ?? row.value;
  if (row.kind === "role") project.role ??= row.value;
  if (row.kind === "company") {
    project.company ??= row.value;
    if (!companies.includes(row.value)) companies.push(row.value);
  }
  project.lines.push(text.replace(LABELLED, "$1: $2"));
}

/**
 * A company's line over the line of the role held there with its dates ("Orbital Maps" over "Staff
 * Engineer, Routing Platform | 2020 – Present"): no date or role of its own, and the next line names a
 * role with dates.
 */
export function headsDatedRole(text: string, next: string | undefined): boolean {
  if (
    !next ||
    text.startsWith("- ") ||
    next.startsWith("- ") ||
    text.length > 60 ||
    text.split(" ").length > 5 || // a description, not a company's name
    firstRange(text) ||
    namesRole(text)
  )
    return false;
  return firstRange(next) !== null && namesRole(next);
}

// Where a project's title line leaves its name: a dash, a bar or a colon before its description,
// stack or dates ("chaos-lite — a fault-injection proxy", "RaftKV | Go, gRPC | Fall 2024").
const NAME_END = /\s+[—–-]\s+|\s*[|｜]\s*/u;
// After a colon, a title in capitals is still the name ("Kaggle: Home Credit Default Risk"); words in
// lower case describe it ("Tiny Charts: an SVG charting library").
const TITLE_CASE = /^(?:[\p{Lu}\d][\p{L}\d.+#'-]*\s*){1,6}$/u;

function beforeColon(part: string): string {
  const [name = part, rest] = part.split(/[:：]\s+(.*)/su);
  return rest === undefined || TITLE_CASE.test(rest) ? part : name;
}

/** The name part of a project's title line: the first part that is not a date ("2023 | Tiny Charts: …"). */
export function titleName(text: string): string {
  const parts = text.replace(/^- /, "").split(NAME_END);
  const named = parts.find((part) => {
    const range = firstRange(part);
    const rest = range ? part.replace(range.text, "") : part;
    return /\p{L}{2,}/u.test(rest.replace(/\(\s*\)|현재|present|now/giu, ""));
  });
  return named ? beforeColon(named) : text;
}
