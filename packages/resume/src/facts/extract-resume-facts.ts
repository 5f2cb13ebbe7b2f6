import type { Language, ResumeChunk, ResumeFacts } from "@studio/protocol";
import { detectLanguage } from "../text/detect-language";
import { findCompanies } from "./find-companies";
import { findDates } from "./find-dates";
import { findProjects } from "./find-projects";
import { findRoles } from "./find-roles";
import { findSkills } from "./find-skills";

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
  return {
    skills,
    projects: findProjects(chunks),
    companies: findCompanies(text, chunks),
    roles: findRoles(text),
    dates: findDates(text),
    skillChunks,
  };
}
