import type { Report } from "@studio/protocol";
import { gradeFor } from "./grade";
import { findImprovements } from "./improvements";
import { recommend } from "./recommendations";
import { gatherFacts } from "./report-facts";
import type { BuildReportInput } from "./report-input";
import { findStrengths } from "./strengths";
import { modelOutline } from "./substance-findings";
import { summarize } from "./summary";

/** The end-of-interview report, every sentence in the session language. */
export function buildReport(input: BuildReportInput): Report {
  const facts = gatherFacts(input);
  const grade = gradeFor(facts.total);
  const improvements = findImprovements(facts);
  const report: Report = {
    sessionId: input.sessionId,
    language: input.language,
    role: input.role,
    grade,
    averages: facts.averages,
    total: facts.total,
    star: facts.star,
    keywords: facts.keywords,
    strengths: findStrengths(facts),
    improvements: improvements.map((i) => i.text),
    recommendations: recommend(facts, improvements),
    summary: summarize(facts, grade),
    questions: input.answers.map((a) => {
      const outline = modelOutline(a);
      return outline.length > 0 ? { ...a, outline } : { ...a };
    }),
    createdAt: input.createdAt,
  };
  if (facts.speech) report.speech = facts.speech;
  return report;
}
