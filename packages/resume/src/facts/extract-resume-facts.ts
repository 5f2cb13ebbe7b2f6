import type { Language, ResumeChunk, ResumeFacts } from "@studio/protocol";
import { sectionLines } from "../chunk/section-lines";
import { detectLanguage } from "../text/detect-language";
import { findCompanies } from "./find-companies";
import { findDates } from "./find-dates";
import { findRoles } from "./find-roles";
import { findSkills } from "./find-skills";
import { projectDetails } from "./project-details";
import { readEntries } from "./read-entries";
import { uniqueProjects } from "./unique-projects";

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
  const entries = readEntries(sectionLines(text), skills);
  const companies = findCompanies(text, chunks, entries.companies);
  return {
    skills,
    projects: uniqueProjects(entries.projects, companies).map((draft) =>
      projectDetails(draft, skills, chunks),
    ),
    companies,
    roles: findRoles(text),
    dates: findDates(text),
    skillChunks,
  };
}
