import type { ResumeChunk, ResumeProject } from "@studio/protocol";
import type { ProjectDraft } from "./read-entries";

const ROLE_ROW = /^(?:- )?(?:역할|담당(?:\s?업무)?|role|my role|responsibilities)\s*[:：]\s*(.+)$/iu;
const TECH_ROW =
  /^(?:- )?(?:기술|사용\s?기술|기술\s?스택|개발\s?환경|tech(?:nologies| stack)?|stack|tools|built with)\s*[:：]\s*(.+)$/iu;
// A number with what it counts or measures: 60%, 4시간 → 50분, 2.3배, 300ms, $40k, 42만 명, 15k downloads, +11%.
const MEASURE =
  /(?:[$₩]\s?\d[\d,.]*\s?[kKmMbB]?|\d[\d,.]*\s?(?:%p?|배|x|ms|초|분|시간|일|주|개월|년|명|건|원|만|억|천|개|대|종|회|점|pts?|PB|TB|GB|MB|k|K|M|B|QPS|qps|users?|downloads|installs|stars?|teams|clinics|retailers|restaurants|engineers|services|endpoints|hosts|customers|students|learners|bookings|events|quizzes|만\s?명|억\s?원)(?![A-Za-z])|→|->)/u;
const MAX_RESULTS = 4;

const strip = (line: string) => line.replace(/^- /, "").trim();

/** Clauses of the project's lines that state a measured result ("처리 시간 4시간 → 50분"). */
export function measuredResults(lines: readonly string[]): string[] {
  const clauses = lines
    .filter((line) => !TECH_ROW.test(line) && !ROLE_ROW.test(line))
    .flatMap((line) => strip(line).split(/\s*[;]\s*|,\s+(?=[^\d])|\s[—–]\s/u))
    .map((clause) =>
      clause
        .replace(/^(?:성과|결과|results?|impact)\s*[:：]\s*/iu, "")
        .replace(/[.。]$/, "")
        .trim(),
    )
    .filter((clause) => clause.length >= 4 && clause.length <= 140 && MEASURE.test(clause));
  return [...new Set(clauses)].slice(0, MAX_RESULTS);
}

function listedTechnologies(lines: readonly string[]): string[] {
  return lines.flatMap((line) => {
    const row = TECH_ROW.exec(line)?.[1];
    return row ? row.split(/\s*[,，、/·|]\s*|\s*[()]\s*/).filter((item) => item && item.length <= 30) : [];
  });
}

const mentions = (text: string, skill: string) =>
  new RegExp(
    `(?<![\\p{L}\\p{N}])${skill.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![A-Za-z0-9+#])`,
    "iu",
  ).test(text);

function describe(lines: readonly string[]): string {
  const text = lines.slice(1).map(strip).join(" ") || strip(lines[0] ?? "");
  if (text.length <= 300) return text;
  const cut = text.slice(0, 300);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), 200))}…`;
}

/** A bullet without the project's name and period in front ("정산 배치 개선 (2022.09~2023.02): …"). */
function withoutName(line: string, name: string): string {
  const text = strip(line);
  if (!text.startsWith(name)) return text;
  return text
    .slice(name.length)
    .replace(/^\s*\([^)]*\)/, "")
    .replace(/^\s*(?:[:：,]|[—–-]\s)\s*/u, "")
    .trim();
}

/** A project with its period, company, role, the resume's skills it names and its measured results. */
export function projectDetails(
  draft: ProjectDraft,
  skills: readonly string[],
  chunks: readonly ResumeChunk[],
): ResumeProject {
  const text = draft.lines.join("\n");
  const role = draft.lines.map((line) => ROLE_ROW.exec(line)?.[1]).find(Boolean) ?? draft.role;
  const listed = listedTechnologies(draft.lines);
  const named = skills.filter((skill) => mentions(text, skill));
  const technologies = [
    ...new Set([
      ...named,
      ...listed.filter((item) => !named.some((n) => n.toLowerCase() === item.toLowerCase())),
    ]),
  ];
  const chunk =
    chunks.find((candidate) => candidate.text.includes(draft.name)) ??
    chunks.find((candidate) => candidate.section === "experience" || candidate.section === "projects") ??
    chunks[0];
  return {
    name: draft.name,
    description: describe(draft.lines),
    chunkId: chunk?.id ?? "",
    ...(draft.period ? { period: draft.period } : {}),
    ...(draft.company ? { company: draft.company } : {}),
    ...(role ? { role: role.trim() } : {}),
    technologies,
    results: measuredResults(draft.lines.map((line) => withoutName(line, draft.name))),
  };
}
