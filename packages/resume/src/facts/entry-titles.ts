import type { SectionLine } from "../chunk/section-lines";
import { firstRange, type MonthRange } from "./date-range";
import { titleName } from "./entry-lines";
import { namesRole, withoutRole } from "./role-words";
import { withoutDuration } from "./work-lines";

// How the lines of an experience or project section are told apart: titles, role lines, date lines.
export const LEGAL_FORM = /주식회사|\(주\)|㈜|\b(?:Inc|Corp|Corporation|Co|Ltd|LLC|GmbH|Limited)\b\.?/u;
export const TEAM = /(?:팀|본부|셀|스쿼드|\bsquad|\bteam)$/iu;
export const TAGGED =
  /^(?:[[【](?:프로젝트\s*명?|project(?:\s*name)?)[\]】]|(?:[가-힣]{1,6}\s*)?프로젝트\s*명?\s*[:：]|project\s*[:：])\s*/iu;
export const LABEL_VALUE = /^[^:：|]{1,16}[:：]\s/u;
export const TITLE_SPLIT = /\s*[|｜·•]\s*|\s+[—–-]\s+|,\s+(?!(?:Inc|Ltd|LLC|Co)\b)|\s+@\s+|\s+at\s+/u;

export const isBullet = (text: string) => text.startsWith("- ");
// A sentence ends in a full stop; a title may end in "Inc." or "Co.".
export const endsSentence = (text: string) =>
  /[.!?。]$/.test(text) && !LEGAL_FORM.test(text.split(" ").at(-1) ?? "");

// "Lead Product Designer — Fernway Travel": a role beside a part that names no role is a job's title.
const ROLE_BESIDE = /\s+[—–]\s+|\s*[|｜]\s*|\s+@\s+|\s+at\s+/u;
const besideCompany = (line: string) =>
  line.split(ROLE_BESIDE).some((part) => !namesRole(part) && !TEAM.test(part) && /\p{L}{2}/u.test(part));

export function isRoleLine(line: string | undefined): boolean {
  if (!line || isBullet(line) || line.length > 50 || firstRange(line) || LEGAL_FORM.test(line)) return false;
  return namesRole(line) && !endsSentence(line) && !besideCompany(line);
}

/** A line that heads an entry (a job, a project): short, no sentence, dated or followed by its items. */
export function isTitle(line: SectionLine, next: SectionLine | undefined): boolean {
  const { text } = line;
  if (isBullet(text) || text.length > 90 || endsSentence(text)) return false;
  const dated = firstRange(text) !== null;
  if (LABEL_VALUE.test(text) && !dated && !TAGGED.test(text)) return false;
  // "Product Manager — HelloFresh" over "Berlin · Jun '19–Feb '22": a role beside its employer heads a
  // job whatever line follows.
  const roleAtCompany = namesRole(text) && ROLE_BESIDE.test(text) && besideCompany(text);
  return (
    dated ||
    !next ||
    isBullet(next.text) ||
    isRoleLine(next.text) ||
    dateOnly(next.text) ||
    line.afterBreak ||
    roleAtCompany
  );
}

// "2021 | a11y-lint: ESLint rules for accessible React forms.": a short name before its description.
export const namedDescription = (text: string) => {
  const name = titleName(text);
  return name !== text && name.length <= 40 && name.split(" ").length <= 5 && !/[.!?]$/.test(name);
};

/** A line that holds a date or date range and nothing else. */
export function dateOnly(line: string): boolean {
  // "Dates 01/03/2021 – present": a form's label before the dates.
  const text = withoutDuration(line).replace(/^(?:- )?(?:dates?|period|기간)\s*[:：|]?\s*(?=\d)/iu, "");
  const range = firstRange(text);
  return (
    range !== null &&
    !/\p{L}{2,}/u.test(text.replace(range.text, "").replace(/현재|재직\s*중|present/giu, ""))
  );
}

export interface Title {
  company?: string;
  role?: string;
  date?: { text: string; range: MonthRange };
  legal: boolean;
}

// "Senior Product Manager, Checkout — Zalando", "Co-op, Analytics · Ontario Health": a role (with its
// team after a comma) on one side of a dash, "at" or a dot, the employer on the other; the comma parts a team from the role, not the employer.
const DASH_OR_AT = /\s+[—–]\s+|\s+@\s+|\s+at\s+|\s+[·•|｜]\s+/u;
function besideDash(rest: string): string | undefined {
  const sides = rest.split(DASH_OR_AT).map((side) => side.trim());
  if (sides.length !== 2 || !namesRole(sides[0]!) || namesRole(sides[1]!)) return undefined;
  const [name] = sides[1]!.split(/\s*[|｜·•]\s*|,\s+(?!(?:Inc|Ltd|LLC|Co)\b)/u);
  return name && /\p{L}{2}/u.test(name) ? name : undefined;
}

export function readTitle(text: string): Title {
  const date = firstRange(text) ?? undefined;
  const rest = date ? text.replace(date.text, " ").replace(/\(\s*\)/g, " ") : text;
  const parts = rest
    .split(TITLE_SPLIT)
    .map((part) => part.trim())
    .filter((part) => /\p{L}/u.test(part));
  const role = parts.find(namesRole);
  const plain = besideDash(rest) ?? parts.find((part) => !namesRole(part) && !TEAM.test(part));
  const company = plain ?? (role && withoutRole(role) !== role ? withoutRole(role) : undefined);
  const clean = company?.replace(/\s*\([^)]*\)\s*$/, "").trim();
  return { company: clean || undefined, role, date, legal: LEGAL_FORM.test(rest) };
}
