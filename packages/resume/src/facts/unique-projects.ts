import { companyKey } from "./find-companies";
import type { ProjectDraft } from "./read-entries";

/** Words that say "a project" rather than which one. */
const GENERIC = new Set([
  ...["project", "projects", "feature", "features", "the", "a", "an", "of", "for", "and", "new"],
  ...["프로젝트", "기능", "및"],
]);

const wordsOf = (text: string) =>
  text
    .normalize("NFKC")
    .toLowerCase()
    .split(/[^\p{L}\p{N}+#]+/u)
    .filter(Boolean);

/**
 * What a project's name says once the generic words and its employers' names are set aside:
 * "savings goals feature" at Kettle Finance and "Kettle Savings Goals" in the portfolio both say
 * "goals savings"; "정산 배치 개선" and "정산 배치 개선 프로젝트" both say "개선 배치 정산".
 */
function nameKey(name: string, employers: ReadonlySet<string>): string {
  const words = wordsOf(name).filter((word) => !GENERIC.has(word) && !employers.has(word));
  return [...new Set(words)].sort().join(" ");
}

/** The same project read twice (under its employer and again in a projects section): one, with both details. */
function merged(first: ProjectDraft, second: ProjectDraft): ProjectDraft {
  return {
    ...first,
    period: first.period ?? second.period,
    company: first.company ?? second.company,
    role: first.role ?? second.role,
    lines: [...first.lines, ...second.lines],
  };
}

/**
 * Each project once: names that say the same thing are one project (the first reading keeps its place
 * and gains the other's period, company, role and lines); a name that is only an employer's is dropped.
 */
export function uniqueProjects(
  drafts: readonly ProjectDraft[],
  companies: readonly string[] = [],
): ProjectDraft[] {
  const employers = new Set(
    drafts.flatMap((draft) => (draft.company ? wordsOf(companyKey(draft.company)) : [])),
  );
  // "헬스장 예약 앱 「핏메이트」를 재작성" at 주식회사 핏메이트: the employer's own name in title marks is
  // its product, not a project of the resume's.
  const employerNames = new Set(
    [...companies, ...drafts.flatMap((draft) => draft.company ?? [])].map(companyKey),
  );
  const kept: Array<{ key: string; draft: ProjectDraft }> = [];
  for (const draft of drafts) {
    if (employerNames.has(draft.name.toLowerCase())) continue;
    // A name made only of an employer's words keeps its own words, so it is not emptied.
    const key = nameKey(draft.name, employers) || nameKey(draft.name, new Set());
    if (!key) continue;
    // Two employers' projects of the same name are two projects.
    const same = kept.find(
      (entry) =>
        entry.key === key && !(entry.draft.company && draft.company && entry.draft.company !== draft.company),
    );
    if (same) same.draft = merged(same.draft, draft);
    else kept.push({ key, draft });
  }
  return kept.map((entry) => entry.draft);
}
