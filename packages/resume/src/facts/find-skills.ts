import { findTechTerms, tokenize } from "@studio/interview";
import type { Language, ResumeChunk } from "@studio/protocol";
import { TOOL_SPELLINGS } from "../text/tool-spellings";

// Acronyms in the tech lexicon that name a concept, not a skill one would ask about.
const GENERIC = new Set(
  "api http https cpu gpu url ip dns tcp udp kpi okr sla slo dau mau ltv nps prd ui ux io oom ttl".split(" "),
);
const LABEL = /^[^:：]{1,20}[:：]\s*/;

/** The items of a skills section: "언어: Java, Kotlin" and "- Spring Boot / JPA" give one skill each. */
function listedSkills(chunks: readonly ResumeChunk[]): string[] {
  return chunks
    .filter((chunk) => chunk.section === "skills")
    .flatMap((chunk) => chunk.text.split("\n"))
    .flatMap((line) =>
      line
        .replace(/^- /, "")
        .replace(LABEL, "")
        .split(/\s*[,，、/|·•]\s*|\s{2,}/),
    )
    .map((item) => item.trim().replace(/[.;]$/, ""))
    .filter((item) => /\p{L}/u.test(item) && item.length <= 30 && item.split(" ").length <= 4);
}

/**
 * A term as the resume writes it ("postgresql" → "PostgreSQL", "kubernete" → "Kubernetes"), or null.
 * A Korean particle may follow ("Redis를"), another Latin letter may not ("Java" is not in "JavaScript").
 */
function asWrittenIn(text: string, term: string): string | null {
  const escaped = term.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const match = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?:e?s)?(?![A-Za-z0-9+#])`, "iu").exec(text);
  return match ? match[0] : null;
}

// A named technology is written with a capital inside or a digit ("TypeScript", "gRPC", "K8s", "AWS"),
// or capitalised where an ordinary word would not be: anywhere in Korean text ("Redis 캐시를"), in
// English after a lower-case word ("built with React"), since a capital that starts a sentence or a
// label ("Frontend engineer with…", "Frameworks:") says nothing. Korean spellings of tools are listed.
function isNamedTool(written: string, text: string, language: Language): boolean {
  if (TOOL_SPELLINGS.has(written)) return true; // 레디스, 카프카; a concept word like 캐시 is no skill
  if (GENERIC.has(written.toLowerCase()) || !/[A-Z0-9]/.test(written)) return false;
  if (/.[A-Z0-9+#.]/.test(written) || language === "ko") return true;
  const escaped = written.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  // …and not inside a Title Case phrase ("Senior Frontend Engineer").
  return new RegExp(`[\\p{Ll}\\p{N},&(] ${escaped}(?![\\p{L}])(?!\\s+\\p{Lu})`, "u").test(text);
}

function mentionedTools(chunk: ResumeChunk, resume: string, language: Language): string[] {
  return findTechTerms(tokenize(chunk.text, language), language)
    .map((term) => asWrittenIn(chunk.text, term))
    .filter((written): written is string => written !== null && isNamedTool(written, resume, language));
}

const sameSkill = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
// "Spring" is already said by "Spring Boot".
const coveredBy = (skill: string, other: string) =>
  other.length > skill.length && other.toLowerCase().startsWith(`${skill.toLowerCase()} `);

export interface FoundSkills {
  /** Skills used in experience and projects first (most mentioned first), then the rest as listed. */
  skills: string[];
  /** The chunk that best shows each skill in use: a job or project before the skills list. */
  skillChunks: Record<string, string>;
}

function usageChunk(skill: string, chunks: readonly ResumeChunk[]): ResumeChunk | undefined {
  const mentions = chunks.filter((chunk) => asWrittenIn(`${chunk.text}`, skill) !== null);
  return (
    mentions.find((chunk) => chunk.section === "experience" || chunk.section === "projects") ?? mentions[0]
  );
}

/** Skills by the resume's own skills list and by the tech lexicon of @studio/interview. */
export function findSkills(chunks: readonly ResumeChunk[], language: Language): FoundSkills {
  const resume = chunks.map((chunk) => chunk.text).join("\n");
  const mentioned = chunks.flatMap((chunk) => mentionedTools(chunk, resume, language));
  const candidates = [...listedSkills(chunks), ...mentioned];
  const unique = candidates.filter(
    (skill, i) => candidates.findIndex((other) => sameSkill(other, skill)) === i,
  );
  const kept = unique.filter((skill) => !unique.some((other) => coveredBy(skill, other)));
  const used = (skill: string) =>
    chunks.filter(
      (chunk) =>
        (chunk.section === "experience" || chunk.section === "projects") && asWrittenIn(chunk.text, skill),
    ).length;
  const skills = kept
    .map((skill, order) => ({ skill, order, uses: used(skill) }))
    .sort((a, b) => b.uses - a.uses || a.order - b.order)
    .map(({ skill }) => skill);
  const skillChunks: Record<string, string> = {};
  for (const skill of skills) {
    const chunk = usageChunk(skill, chunks);
    if (chunk) skillChunks[skill] = chunk.id;
  }
  return { skills, skillChunks };
}
