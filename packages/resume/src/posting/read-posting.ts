import { findRoles } from "../facts/find-roles";
import { namesRole } from "../facts/role-words";
import { TOOL_NAMES, WORD_LIKE } from "../text/tool-names";
import { postingLines } from "./posting-lines";

export interface ReadPosting {
  company?: string;
  role: string;
  required: string[];
  preferred: string[];
  duties: string[];
  values: string[];
  skills: string[];
}

type Part = "required" | "preferred" | "duties" | "values" | "other";

// Headings of a posting's parts, Korean and English ("자격 요건", "우대 사항", "What you'll do").
const PARTS: [Part, RegExp][] = [
  ["preferred", /우대|preferred|nice to have|bonus|plus|pluses|good to have/i],
  [
    "required",
    /자격\s?요건|필수|지원\s?자격|requirements?|qualifications?|what you(?:'|’)ll need|what we(?:'|’)re looking for|must have|you have/i,
  ],
  [
    "duties",
    /주요\s?업무|담당\s?업무|업무\s?내용|하는\s?일|responsibilities|what you(?:'|’)ll do|the role|your role|duties|about the job/i,
  ],
  ["values", /인재상|핵심\s?가치|문화|일하는\s?방식|values|culture|how we work|who we are/i],
];
const OTHER = /복지|혜택|근무\s?조건|전형|절차|benefits|perks|compensation|process|location|근무지/i;
const COMPANY_LINE = /^(?:회사(?:명)?|company|기업)\s*[:：]\s*(.+)$/iu;
const ROLE_LINE = /^(?:포지션|직무|모집\s?분야|position|role|job title)\s*[:：]\s*(.+)$/iu;
const LEGAL =
  /(?:주식회사\s?|\(주\)|㈜)\s?[가-힣A-Za-z0-9&]+|[가-힣A-Za-z0-9&]+\s?(?:주식회사|\(주\)|㈜)|[A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,3},? (?:Inc|Corp|Ltd|LLC|GmbH)\.?/u;

function headingPart(line: string): Part | null {
  const bare = line.replace(/^[-#*■□●▶\s[【(]+|[\]】):：\s]+$/g, "");
  if (bare.length > 40 || bare.length === 0) return null;
  if (OTHER.test(bare) && !PARTS.some(([, pattern]) => pattern.test(bare))) return "other";
  return PARTS.find(([, pattern]) => pattern.test(bare))?.[0] ?? null;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const TOOL_PATTERNS = TOOL_NAMES.map((name) => ({
  name,
  pattern: new RegExp(
    `(?<![\\p{L}\\p{N}.])${escapeRegExp(name)}(?![A-Za-z0-9+#])`,
    WORD_LIKE.has(name) ? "u" : "iu",
  ),
}));

/** Tools of the lexicon the lines name, longest first so "Spring Boot" wins over "Spring". */
export function toolsIn(lines: readonly string[]): string[] {
  const text = lines.join("\n");
  const found = TOOL_PATTERNS.filter(({ pattern }) => pattern.test(text)).map(({ name }) => name);
  return found.filter(
    (name) =>
      !found.some((other) => other !== name && other.toLowerCase().startsWith(`${name.toLowerCase()} `)),
  );
}

function findCompany(lines: readonly string[]): string | undefined {
  for (const line of lines) {
    const labelled = COMPANY_LINE.exec(line)?.[1];
    if (labelled) return labelled.trim();
  }
  const legal = lines.map((line) => LEGAL.exec(line)?.[0]).find(Boolean);
  if (legal) return legal.trim();
  // "[토스뱅크] Server Developer", "Backend Engineer (Payments) — Finch", "About Finch"
  const first = lines[0] ?? "";
  const bracketed = /^[[【]([^\]】]{2,30})[\]】]/u.exec(first)?.[1];
  if (bracketed) return bracketed.trim();
  const after = /\s(?:[—–|@]|at)\s+([\p{L}\d&.' -]{2,30})$/u.exec(first)?.[1];
  if (after && namesRole(first.slice(0, first.length - after.length))) return after.trim();
  const about = lines.map((line) => /^about ([A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,2})$/u.exec(line)?.[1]);
  if (about.find(Boolean)) return about.find(Boolean);
  // "Acme is hiring", "Join Acme", "… at Acme"
  const hiring = lines
    .map((line) =>
      /^([A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,2}) is hiring|\bjoin ([A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,2})/u.exec(
        line,
      ),
    )
    .find(Boolean);
  return hiring ? (hiring[1] ?? hiring[2]) : undefined;
}

function findRole(lines: readonly string[]): string {
  for (const line of lines) {
    const labelled = ROLE_LINE.exec(line)?.[1];
    if (labelled) return labelled.trim();
  }
  // A first line that is a title: "[토스뱅크] Server Developer", "Backend Engineer (Payments) — Finch".
  const title = (lines[0] ?? "")
    .replace(/^[[【][^\]】]{2,30}[\]】]\s*/u, "")
    .replace(/\s(?:[—–|@]|at)\s+.+$/u, "")
    .trim();
  const plain = !LEGAL.test(title) && !/[.!?]$|\s(?:is|are)\s|채용|모집|hiring/i.test(title);
  if (title.length <= 60 && plain && namesRole(title)) return title;
  return lines.map((line) => findRoles(line)[0]).find(Boolean) ?? lines[0]?.slice(0, 80) ?? "";
}

/**
 * A job posting's text read into its role, company, required and preferred qualifications, duties
 * and values, by its headings (자격요건, 우대사항, 주요업무, Requirements, Nice to have, …). Items
 * are the posting's own lines; the tools they name are listed as skills.
 */
export function readPosting(text: string, company?: string): ReadPosting {
  const lines = postingLines(text);
  const parts: Record<Part, string[]> = { required: [], preferred: [], duties: [], values: [], other: [] };
  let part: Part = "other";
  for (const line of lines) {
    const heading = headingPart(line);
    if (heading) {
      part = heading;
      continue;
    }
    if (part !== "other") parts[part].push(line.replace(/^- /, "").trim());
  }
  return {
    company: company ?? findCompany(lines),
    role: findRole(lines),
    required: parts.required,
    preferred: parts.preferred,
    duties: parts.duties,
    values: parts.values,
    skills: toolsIn([...parts.required, ...parts.preferred, ...parts.duties]),
  };
}
