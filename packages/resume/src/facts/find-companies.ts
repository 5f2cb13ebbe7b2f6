import type { ResumeChunk } from "@studio/protocol";
import { findDates } from "./find-dates";
import { findRoles } from "./find-roles";
import { teachingPost } from "./role-words";

const NAME_KO = "[가-힣A-Za-z0-9&][가-힣A-Za-z0-9&.-]*";
const NAME_EN = "[A-Z][A-Za-z0-9&.-]*";
// A second word of a name, but not the verb after it ("㈜토스 재직").
const MORE_KO = `(?: (?!재직|근무|입사|퇴사|인턴)${NAME_KO})?`;
const PATTERNS = [
  // 주식회사 배달한끼, (주)핀테크랩, ㈜토스
  new RegExp(`(?:주식회사|\\(주\\)|㈜) ?${NAME_KO}${MORE_KO}`, "gu"),
  // 데이터브릿지 주식회사, 카카오(주)
  new RegExp(`${NAME_KO}${MORE_KO} ?(?:주식회사|\\(주\\)|㈜)`, "gu"),
  // Northwind Commerce Inc., Contoso Labs Corp., Acme Co., Ltd.
  new RegExp(
    `${NAME_EN}(?: ${NAME_EN}){0,3},? (?:Inc\\.?|Corp\\.?|Corporation|Co\\., ?Ltd\\.?|Ltd\\.?|LLC|GmbH|Limited)`,
    "gu",
  ),
  // 토스 재직, 네이버에서 근무
  /([가-힣A-Za-z0-9&][가-힣A-Za-z0-9&.-]*?)(?:에서)? (?:재직|근무)/gu,
];
const LEGAL_FORMS = PATTERNS.slice(0, 3);
// Words that stand before 재직/근무 without being a company.
const NOT_COMPANIES = new Set([
  "현재",
  "회사",
  "본사",
  "지사",
  "정규직",
  "계약직",
  "기간",
  "동안",
  "년간",
  "개월간",
  "초과",
  "야간",
  "주말",
  "재택",
  "원격",
  "교대",
  "상주",
]);

// "주식회사 메디큐브에서 데이터 분석가로": a name in a sentence ends at its particle.
const PARTICLE_END = /^(.*?[가-힣A-Za-z0-9)])(?:에서|에게|에)(?:\s.*)?$/u;

function byPattern(text: string, patterns: readonly RegExp[] = PATTERNS): string[] {
  return patterns
    .flatMap((pattern) =>
      [...text.matchAll(pattern)].map((match) => {
        const name = (match[1] ?? match[0]).trim().replace(/(?<!Inc|Corp|Co|Ltd)[,.]$/, "");
        return PARTICLE_END.exec(name)?.[1] ?? name;
      }),
    )
    .filter((name) => !NOT_COMPANIES.has(name) && !/^\d/.test(name));
}

// The first line of an experience entry usually reads "Company | Role | Dates" or "Role, Company".
function fromEntryTitle(chunk: ResumeChunk): string[] {
  const title = chunk.text.split("\n")[0] ?? "";
  if (chunk.section !== "experience" || title.startsWith("- ") || teachingPost(title)) return [];
  const parts = title.split(/\s*[|｜•·]\s*|,\s+|\s+at\s+|\s+@\s+|\s{2,}/);
  const company = parts.find(
    (part) =>
      part.length >= 2 &&
      part.length <= 30 &&
      findRoles(part).length === 0 &&
      findDates(part).length === 0 &&
      /[\p{L}]/u.test(part),
  );
  return company ? [company.trim()] : [];
}

/** A company's name without its legal form, to tell "주식회사 토스" and "토스" are one employer. */
export const companyKey = (name: string) =>
  name
    .replace(/주식회사|\(주\)|㈜|,? (?:Inc|Corp|Corporation|Co\., ?Ltd|Ltd|LLC|GmbH|Limited)\.?$/g, "")
    .trim()
    .toLowerCase();

// "딥비전 주식회사 (DeepVision Inc.)": the English name in brackets after the Korean one is the same
// employer, which the resume names in Korean.
function translation(name: string, text: string): boolean {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`[가-힣)]\\s*\\(${escaped}\\)`, "u").test(text);
}

/** Employers named in the resume, in order, each once ("주식회사 배달한끼", "Northwind Commerce Inc."). */
export function findCompanies(
  text: string,
  chunks: readonly ResumeChunk[],
  fromEntries: readonly string[] = [],
): string[] {
  // Legal forms are read in the experience sections only: a school or a client elsewhere is no employer.
  const experience = chunks.filter((chunk) => chunk.section === "experience").map((chunk) => chunk.text);
  // A resume with no heading the reader knows (its body all "other", prose) is read whole for legal
  // forms only: "…로 근무했습니다" in prose names no employer before it.
  const headless = chunks.every((chunk) => chunk.section === "header" || chunk.section === "other");
  const prose = headless
    ? chunks.filter((chunk) => chunk.section === "other").map((chunk) => chunk.text)
    : [];
  // The entry titles the reader found come first; the first line of each experience chunk stands in
  // for them only when the reader found none.
  const titles = fromEntries.length ? fromEntries : chunks.flatMap(fromEntryTitle);
  const names = [...titles, ...byPattern(experience.join("\n")), ...byPattern(prose.join("\n"), LEGAL_FORMS)];
  const kept = new Map<string, string>();
  for (const name of names) {
    if (translation(name, text)) continue;
    const key = companyKey(name);
    if (key && !kept.has(key)) kept.set(key, name);
  }
  const at = (name: string) => text.indexOf(name) >>> 0; // not found (-1) sorts last
  // "(주)핏데이 안드로이드" read by the legal-form pattern is "(주)핏데이" with the next word of its title.
  const longer = (key: string) => [...kept.keys()].some((other) => key.startsWith(`${other} `));
  return [...kept.entries()]
    .filter(([key]) => !longer(key))
    .map(([, name]) => name)
    .sort((a, b) => at(a) - at(b));
}
