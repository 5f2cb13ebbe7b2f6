import { findRoles } from "./find-roles";

// Job-title words beyond the engineering titles findRoles knows: a line or part naming one is a role.
const EN_TITLE =
  /\b(?:engineer|developer|scientist|analyst|architect|intern|researcher|designer|manager|lead|head|director|teacher|chef|assistant|administrator|apprentice|consultant|specialist|officer|associate|coordinator|founder|cto|ceo|vp|programmer|tester|owner|marketer|freelancer?|co-op|fellow|postdoc|lecturer|professor)s?\b/i;
const KO_TITLE =
  /(?:개발자|엔지니어|인턴|연구원|분석가|기획자|디자이너|매니저|리드|팀장|파트장|실장|담당자?|마케터|프로그래머|관리자|대표|컨설턴트|퍼블리셔|실습생|현장실습생|과장|대리|주임|책임|수석|선임|사원|차장|부장|PM|PO|CTO)(?:\s|$|[,(/)])/u;

export function namesRole(text: string): boolean {
  return findRoles(text).length > 0 || EN_TITLE.test(text) || KO_TITLE.test(`${text} `);
}

/** The role said in a part of a title, with the rest (a company) left over: "모두의여행 iOS 인턴" → "모두의여행". */
export function withoutRole(part: string): string {
  let rest = part;
  for (const role of findRoles(part)) rest = rest.replace(role, " ");
  return rest.replace(/\s+/g, " ").trim();
}

// A teaching assistant's post at the school the writer studied at names no employer (the corpora
// agree with recruiters), though its lines are read as a job's.
const TEACHING = /\bteaching assistant\b|\bgrader\b|조교|\bTA\b(?=\s*[,·|—–(]|$)/iu;

/** A title line of a teaching assistant's post ("Teaching Assistant, Data Structures | 2023 – 2024"). */
export const teachingPost = (title: string) => TEACHING.test(title);
