import { readFileSync } from "node:fs";
import type { Language } from "@studio/protocol";
import { describe, expect, it } from "vitest";
import { evaluateAnswer } from "../evaluation/evaluate-answer";
import { type RelevanceItem, relevanceItemSchema } from "../relevance/relevance-eval";
import { buildReport } from "./build-report";
import type { ReportAnswer } from "./report-input";

// The relevance set's strong answers, each given to its own question (an honest interview) or one of them
// given to every question (a story repeated): the report must tell them apart.
const SET: RelevanceItem[] = readFileSync(new URL("../../data/relevance-set.jsonl", import.meta.url), "utf8")
  .split("\n")
  .filter((line) => line.trim())
  .map((line) => relevanceItemSchema.parse(JSON.parse(line)))
  .filter((item) => !item.junk);

function interview(
  items: readonly RelevanceItem[],
  answerOf: (item: RelevanceItem) => string,
): ReportAnswer[] {
  const earlier: string[] = [];
  return items.map((item) => {
    const answer = answerOf(item);
    const evaluation = evaluateAnswer({ ...item, answer, earlierAnswers: [...earlier] });
    earlier.push(answer);
    const { id, category, question } = item;
    return { questionId: id, category, followUp: false, question, answer, durationMs: null, evaluation };
  });
}

const report = (answers: ReportAnswer[], language: Language) =>
  buildReport({
    sessionId: "s",
    language,
    role: "backend",
    answers,
    timeLimitMs: 120_000,
    createdAt: "2026-01-01T00:00:00.000Z",
  });

describe.each(["ko", "en"] as const)("an honest interview against one story repeated (%s)", (language) => {
  // Nine questions of different kinds, as an interview plan has.
  const items = SET.filter((item) => item.language === language).slice(0, 9);
  const honest = interview(items, (item) => item.answer);
  const story = items.find((item) => item.category === "project") ?? items[0]!;
  const repeated = interview(items, () => story.answer);

  it("flags no honest answer off topic and grades the interview B or better", () => {
    for (const answer of honest) expect(answer.evaluation.flags ?? []).not.toContain("off_topic");
    expect(report(honest, language).grade).toMatch(/^[SAB]$/);
  });

  it("grades the repeated story C or D, well below the honest interview", () => {
    expect(report(repeated, language).grade).toMatch(/^[CD]$/);
    expect(report(repeated, language).total).toBeLessThan(report(honest, language).total - 5);
  });
});
