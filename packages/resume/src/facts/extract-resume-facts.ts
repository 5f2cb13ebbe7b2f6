import type { Language, ResumeChunk, ResumeFacts } from "@studio/protocol";
import { sectionLines } from "../chunk/section-lines";
import { detectLanguage } from "../text/detect-language";
import { companyKey, findCompanies } from "./find-companies";
import { findDates } from "./find-dates";
import { findRoles } from "./find-roles";
import { findSkills } from "./find-skills";
import { projectDetails } from "./project-details";
import { type ProjectDraft, readEntries } from "./read-entries";

/** The facts of a resume plus where each skill shows, which questions and the evaluator point back to. */
export interface ExtractedFacts extends ResumeFacts {
  /** Skill → id of the chunk that best shows it in use. */
  skillChunks: Record<string, string>;
}

/** Skills, projects, companies, roles and dates of a resume, by rules (no LLM needed). */
export function extractResumeFacts(
  text: string,
  chunks: readonly ResumeChunk[],
  language: Language = detectLanguage(text),
): ExtractedFacts {
  const { skills, skillChunks } = findSkills(chunks, language);
  const entries = readEntries(sectionLines(text));
  return {
    skills,
    projects: uniqueProjects(entries.projects).map((draft) => projectDetails(draft, skills, chunks)),
    companies: findCompanies(text, chunks, entries.companies),
    roles: findRoles(text),
    dates: findDates(text),
    skillChunks,
  };
}

const squash = (name: string) => name.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");

/** Each project once: the same name seen twice, or a name that is a company's, is dropped. */
function uniqueProjects(drafts: readonly ProjectDraft[]): ProjectDraft[] {
  const seen = new Set<string>();
  return drafts.filter((draft) => {
    const key = squash(draft.name);
    if (!key || seen.has(key) || (draft.company && companyKey(draft.company) === draft.name.toLowerCase()))
      return false;
    seen.add(key);
    return true;
  });
}
