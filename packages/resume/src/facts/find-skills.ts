import { findTechTerms, tokenize } from "@studio/interview";
import type { Language, ResumeChunk } from "@studio/protocol";
import { TOOL_NAMES, VENDOR, WORD_LIKE } from "../text/tool-names";
import { TOOL_SPELLINGS } from "../text/tool-spellings";
import { listedSkills } from "./listed-skills";
import { namesPractice } from "./practice-names";

// Acronyms in the tech lexicon that name a concept, not a skill one would ask about.
const GENERIC = new Set(
  "api http https cpu gpu gpus url ip dns tcp udp kpi okr sla slo slos dau mau ltv nps prd ui ux io oom ttl rest auc ml ai mvp qa ci cd".split(
    " ",
  ),
);
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

const KNOWN = new Map(TOOL_NAMES.map((name) => [name.toLowerCase(), name]));
// A lexicon term counts when written like a product name ("TypeScript", "gRPC", "K8s", "Next.js");
// a capitalised common word ("Backend", "Migration", "Cache") does not.
const PRODUCT_LIKE = /[a-z][A-Z]|[A-Z]{2,}[a-z]|\d|[.+#]/;

function mentionedTools(chunk: ResumeChunk, resume: string, language: Language): string[] {
  return findTechTerms(tokenize(chunk.text, language), language)
    .map((term) => asWrittenIn(chunk.text, term))
    .filter((written): written is string => written !== null && isNamedTool(written, resume, language))
    .filter(
      (written) =>
        TOOL_SPELLINGS.has(written) || PRODUCT_LIKE.test(written) || KNOWN.has(written.toLowerCase()),
    )
    .map((written) => KNOWN.get(TOOL_SPELLINGS.get(written) ?? "") ?? written);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const PATTERNS = TOOL_NAMES.map((name) => {
  const body = `(?<![\\p{L}\\p{N}.])${escapeRegExp(name)}(?![A-Za-z0-9+#]|\\.[A-Za-z])`;
  // Names that are words too ("Go", "Room", "Combine") count only as written, with their capital.
  return { name, pattern: new RegExp(body, WORD_LIKE.has(name) ? "u" : "iu") };
});

/** Tools of the lexicon named in the chunk, in the resume's spelling when it only differs in case. */
function knownTools(chunk: ResumeChunk): string[] {
  return PATTERNS.flatMap(({ name, pattern }) => {
    const match = pattern.exec(chunk.text);
    return match ? [match[0] === name.toLowerCase() && name !== match[0] ? name : match[0]] : [];
  });
}

// "Vue" and "Vue.js" are one skill.
const skillKey = (skill: string) => skill.toLowerCase().replace(/\.js$/, "");
const sameSkill = (a: string, b: string) => skillKey(a) === skillKey(b);
// "Spring" is already said by "Spring Boot", "Analytics" by "Google Analytics", "Lambda" by "AWS Lambda"
// unless the resume also names it on its own ("HTML, CSS" beside "Tailwind CSS").
const contains = (other: string, skill: string) =>
  other.length > skill.length &&
  new RegExp(`(?:^|\\s)${escapeRegExp(skill.toLowerCase())}(?:\\s|$)`).test(other.toLowerCase());
// "Flink" beside "Apache Flink" is the same product, however often the resume says it alone.
const sameProduct = (other: string, skill: string) => {
  const [maker = "", ...rest] = other.split(" ");
  return VENDOR.test(maker) && sameSkill(rest.join(" "), skill);
};
function covered(skill: string, skills: readonly string[], resume: string): boolean {
  const longer = skills.filter((other) => contains(other, skill));
  if (longer.length === 0) return false;
  if (longer.some((other) => sameProduct(other, skill))) return true;
  // What is left of the resume without the longer names and web addresses ("github.com/…").
  const rest = [...longer, "\\S+\\.(?:com|io|dev|net|org)\\S*"].reduce(
    (text, other, i) => text.replace(new RegExp(i < longer.length ? escapeRegExp(other) : other, "giu"), " "),
    resume,
  );
  return asWrittenIn(rest, skill) === null;
}

// "300 GitHub stars", "350 stars on GitHub", "GitHub 스타 600개": a count of stars, not a tool used.
const STAR_COUNT =
  /\d[\d,.]*\s*[kK]?\+?\s*(?:GitHub\s+stars?|stars?\s+on\s+GitHub)|GitHub\s*(?:스타|stars?)\s*\d[\d,.]*\s*[kK]?\+?\s*개?/gu;

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
  const read = chunks
    .filter((chunk) => chunk.section !== "header")
    .map((chunk) => ({ ...chunk, text: chunk.text.replace(STAR_COUNT, " ") }));
  const mentioned = read.flatMap((chunk) => [
    ...knownTools(chunk),
    ...mentionedTools(chunk, resume, language),
  ]);
  const listed = listedSkills(chunks);
  const candidates = [...listed, ...mentioned];
  const unique = candidates.filter(
    (skill, i) => candidates.findIndex((other) => sameSkill(other, skill)) === i,
  );
  // A skill the list names itself stays even when a longer one contains it ("AWS" and "AWS Lambda").
  const ownItem = (skill: string) => listed.some((item) => sameSkill(item, skill));
  const kept = unique
    .filter((skill) => !namesPractice(skill))
    .filter((skill) => ownItem(skill) || !covered(skill, unique, resume));
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
