import {
  type Analysis,
  type Language,
  type LlmDiagramReview,
  llmDiagramFindingSchema,
  llmDiagramFollowUpSchema,
} from "@studio/protocol";
import { z } from "zod";
import { isInLanguage } from "../interviewer/language-check";
import type { ChatImage } from "../llm-engine";
import { LlmError } from "../llm-errors";
import type { ResilientLlm } from "../resilient-llm";
import { diagramReviewPrompt } from "./whiteboard-prompts";

export interface DiagramReviewInput {
  language: Language;
  /** The rules' analysis: its graph is what the model reviews, its findings what it must not repeat. */
  analysis: Analysis;
  /** The problem as shown to the candidate, with its reference model; absent for a free design. */
  problem?: object;
  /** The exported diagram, for a vision model. */
  image?: ChatImage;
  signal?: AbortSignal;
  timeoutMs?: number;
}

// Items are checked one by one below: one malformed finding drops that finding, not the review.
const replySchema = z.object({
  narrative: z.unknown().optional(),
  findings: z.array(z.unknown()).max(50).catch([]).default([]),
  followUps: z.array(z.unknown()).max(50).catch([]).default([]),
});

/** The model's extra review, validated item by item; null when it fails or says nothing usable. */
export async function reviewDiagramWithLlm(
  llm: ResilientLlm,
  input: DiagramReviewInput,
): Promise<LlmDiagramReview | null> {
  const { analysis, language } = input;
  const graph = {
    components: analysis.components.map(({ id, kind, label }) => ({ id, kind, label })),
    connections: analysis.connections.map(({ from, to, label }) => ({ from, to, label })),
    boundaries: analysis.boundaries.map(({ label, members }) => ({ label, members })),
  };
  const ruleFindings = [...analysis.strengths, ...analysis.weaknesses, ...analysis.suggestions].map(
    (f) => f.text,
  );
  const content = `Input (JSON):\n${JSON.stringify({ problem: input.problem ?? null, graph, ruleScores: analysis.scores, ruleFindings })}`;
  let reply: z.infer<typeof replySchema>;
  try {
    reply = await llm.generateObject({
      system: diagramReviewPrompt(language, input.image !== undefined),
      messages: [{ role: "user", content, ...(input.image ? { images: [input.image] } : {}) }],
      schema: replySchema,
      signal: input.signal,
      timeoutMs: input.timeoutMs,
      maxTokens: 1500,
      temperature: 0.3,
    });
  } catch (error) {
    if (error instanceof LlmError) return null;
    throw error;
  }
  const inLanguage = (text: string) => isInLanguage(text, language);
  const findings = reply.findings.flatMap((item) => {
    const parsed = llmDiagramFindingSchema.safeParse(item);
    return parsed.success && inLanguage(parsed.data.text) ? [parsed.data] : [];
  });
  const followUps = reply.followUps.flatMap((item) => {
    const parsed = llmDiagramFollowUpSchema.safeParse(item);
    return parsed.success && inLanguage(parsed.data.question) ? [parsed.data] : [];
  });
  const narrative = z.string().trim().min(1).max(1500).safeParse(reply.narrative);
  const prose = narrative.success && inLanguage(narrative.data) ? narrative.data : undefined;
  if (!prose && findings.length === 0 && followUps.length === 0) return null;
  return {
    ...(prose ? { narrative: prose } : {}),
    findings: findings.slice(0, 12),
    followUps: followUps.slice(0, 5),
  };
}
