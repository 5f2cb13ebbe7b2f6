import type { CodingLanguage } from "@studio/protocol";

/** Product names, the same in every UI language. */
export const LANGUAGE_LABELS: Record<CodingLanguage, string> = {
  python: "Python",
  javascript: "JavaScript",
  java: "Java",
  c: "C",
  cpp: "C++",
};
