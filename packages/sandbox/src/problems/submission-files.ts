import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import type { CodingLanguage } from "@studio/protocol";

export const SUBMISSION_EXTENSIONS: Record<string, CodingLanguage> = {
  py: "python",
  js: "javascript",
  java: "java",
  c: "c",
  cpp: "cpp",
};

/** Kattis's submission folders and the verdict each expects. */
export const EXPECTED_VERDICT = {
  accepted: "accepted",
  wrong_answer: "wrong_answer",
  time_limit_exceeded: "time_limit",
} as const;

export interface ReferenceSubmission {
  group: keyof typeof EXPECTED_VERDICT;
  file: string;
  language: CodingLanguage;
  source: string;
}

/** The reference submissions of a problem package, by the folder that says what they should get. */
export async function referenceSubmissions(problemDir: string): Promise<ReferenceSubmission[]> {
  const all: ReferenceSubmission[] = [];
  for (const group of Object.keys(EXPECTED_VERDICT) as Array<keyof typeof EXPECTED_VERDICT>) {
    const dir = join(problemDir, "submissions", group);
    for (const file of (await readdir(dir)).sort()) {
      const language = SUBMISSION_EXTENSIONS[file.split(".").pop()!];
      if (language) all.push({ group, file, language, source: await readFile(join(dir, file), "utf8") });
    }
  }
  return all;
}
