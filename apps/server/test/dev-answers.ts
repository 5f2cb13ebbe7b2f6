import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export interface DevAnswer {
  id: string;
  group: string;
  language: "ko" | "en";
  category: string;
  question: string;
  answer: string;
  overall: number;
}

/** The repository's reference answers (packages/interview/data), used here as realistic candidate input. */
export function devAnswers(): DevAnswer[] {
  const path = fileURLToPath(
    new URL("../../../packages/interview/data/reference-answers.jsonl", import.meta.url),
  );
  return readFileSync(path, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as DevAnswer);
}

export function bestAndWorst(language: "ko" | "en") {
  const mine = devAnswers().filter((a) => a.language === language);
  const best = mine.filter((a) => a.overall === 5);
  const worst = mine.filter((a) => a.overall <= 2);
  return { best, worst };
}
