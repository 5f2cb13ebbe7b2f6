import { type Language, reportSchema } from "@studio/protocol";
import { z } from "zod";
import { LlmError } from "../llm-errors";
import type { ResilientLlm } from "../resilient-llm";
import { isInLanguage } from "./language-check";
import { reportPrompt } from "./prompts";

/** The report's prose fields, as the report schema defines them. */
export const reportNarrativeSchema = reportSchema.pick({
  summary: true,
  strengths: true,
  improvements: true,
  recommendations: true,
});
export type ReportNarrative = z.infer<typeof reportNarrativeSchema>;

export interface ReportNarrativeInput {
  language: Language;
  /** The computed report figures (grade, averages, STAR, strengths, improvements, ...), never changed. */
  figures: object;
  signal?: AbortSignal;
  /** Overrides the resilient LLM's structured-output budget; reports run in a background job. */
  timeoutMs?: number;
}

const MAX_ITEMS = 5;
const items = z.array(z.string()).catch([]).default([]);
const replySchema = z.object({
  summary: z.string().trim().min(1),
  strengths: items,
  improvements: items,
  recommendations: items,
});

/** The report's narrative written on top of its figures; null when the LLM fails or writes unusably. */
export async function writeReportNarrative(
  llm: ResilientLlm,
  input: ReportNarrativeInput,
): Promise<ReportNarrative | null> {
  let reply: z.infer<typeof replySchema>;
  try {
    reply = await llm.generateObject({
      system: reportPrompt(input.language),
      messages: [{ role: "user", content: `Report figures (JSON):\n${JSON.stringify(input.figures)}` }],
      schema: replySchema,
      signal: input.signal,
      timeoutMs: input.timeoutMs,
      maxTokens: 1500,
      temperature: 0.4,
    });
  } catch (error) {
    if (error instanceof LlmError) return null;
    throw error;
  }
  if (!isInLanguage(reply.summary, input.language)) return null;
  const tidy = (list: string[]) =>
    [...new Set(list.map((s) => s.trim()).filter(Boolean))].slice(0, MAX_ITEMS);
  return reportNarrativeSchema.parse({
    summary: reply.summary,
    strengths: tidy(reply.strengths),
    improvements: tidy(reply.improvements),
    recommendations: tidy(reply.recommendations),
  });
}
