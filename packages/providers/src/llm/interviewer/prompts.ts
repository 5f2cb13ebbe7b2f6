import { readFileSync } from "node:fs";
import type { Language } from "@studio/protocol";

// Read once at start: prompts are text files so they can be reviewed and edited like prose.
const read = (name: string) => readFileSync(new URL(`../prompts/${name}`, import.meta.url), "utf8").trim();

const INTERVIEWER: Readonly<Record<Language, string>> = {
  ko: read("interviewer.ko.md"),
  en: read("interviewer.en.md"),
};
const EVALUATOR = read("evaluator.md");
const REPORT = read("report.md");

const LANGUAGE_NAMES: Readonly<Record<Language, string>> = {
  ko: "Korean, in natural polite speech (존댓말)",
  en: "English",
};

/** The built-in interviewer system prompt, which an administrator's edited prompt replaces. */
export function defaultInterviewerPrompt(language: Language): string {
  return INTERVIEWER[language];
}

export function evaluatorPrompt(language: Language): string {
  return EVALUATOR.replaceAll("{{language}}", LANGUAGE_NAMES[language]);
}

export function reportPrompt(language: Language): string {
  return REPORT.replaceAll("{{language}}", LANGUAGE_NAMES[language]);
}
