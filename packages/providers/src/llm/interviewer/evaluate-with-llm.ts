import {
  type Category,
  criterionSchema,
  type Evaluation,
  type Evidence,
  evaluationSchema,
  evidenceSchema,
  type Language,
  STAR_PARTS,
} from "@studio/protocol";
import { z } from "zod";
import { LlmError } from "../llm-errors";
import type { ResilientLlm } from "../resilient-llm";
import { isInLanguage } from "./language-check";
import { evaluatorPrompt } from "./prompts";

export interface LlmEvaluationInput {
  question: string;
  answer: string;
  language: Language;
  category?: Category;
  /** The rule engine's features and scores for this answer, given to the model as hints. */
  ruleHints: object;
  resumePassages?: string[];
  signal?: AbortSignal;
}

// What the model is asked for. Numbers are loose on purpose: out-of-range scores are clamped, not refused.
// A record over an enum requires every key, so a missing score still fails and earns the repair turn.
const replySchema = z.object({
  scores: z.record(criterionSchema, z.coerce.number()),
  star: z.record(z.enum(STAR_PARTS), z.coerce.number()),
  feedback: z.string().trim().min(1),
  evidence: z.array(z.unknown()).catch([]).default([]),
});
type EvaluationReply = z.infer<typeof replySchema>;

/**
 * Scores an answer with the LLM on top of the rule engine's hints, in the EVALUATION shape.
 * Returns null when the LLM fails or replies unusably, so the caller keeps the rule engine's evaluation.
 */
export async function evaluateWithLlm(
  llm: ResilientLlm,
  input: LlmEvaluationInput,
): Promise<Evaluation | null> {
  let reply: EvaluationReply;
  try {
    reply = await llm.generateObject({
      system: evaluatorPrompt(input.language),
      messages: [{ role: "user", content: evaluationMessage(input) }],
      schema: replySchema,
      signal: input.signal,
      maxTokens: 900,
      temperature: 0.2,
    });
  } catch (error) {
    if (error instanceof LlmError) return null;
    throw error;
  }
  if (!isInLanguage(reply.feedback, input.language)) return null;
  return toEvaluation(reply, input.answer, llm.provider);
}

/** Clamps every score into range and recomputes the total, so the result always fits the schema. */
function toEvaluation(reply: EvaluationReply, answer: string, provider: string): Evaluation | null {
  const scores = mapValues(reply.scores, (v) => clamp(Math.round(v), 1, 5));
  const star = mapValues(reply.star, (v) => clamp(Math.round(v), 0, 25));
  const total = Object.values(scores).reduce((sum, v) => sum + v, 0);
  const evidence = reply.evidence.flatMap((item) => quotedEvidence(item, answer));
  const parsed = evaluationSchema.safeParse({
    scores,
    total,
    feedback: reply.feedback,
    star,
    evidence,
    provider,
  });
  return parsed.success ? parsed.data : null;
}

function evaluationMessage(input: LlmEvaluationInput): string {
  const parts = [
    `Question: ${input.question}`,
    input.category ? `Question category: ${input.category}` : "",
    `Candidate's answer:\n"""${input.answer.trim() || "(no answer)"}"""`,
    `Rule engine hints (JSON): ${JSON.stringify(input.ruleHints)}`,
    input.resumePassages?.length
      ? `Resume excerpts:\n${input.resumePassages.map((p) => `- ${p}`).join("\n")}`
      : "",
  ];
  return parts.filter(Boolean).join("\n\n");
}

/** Keeps evidence whose quote really is in the answer; models sometimes paraphrase or invent quotes. */
function quotedEvidence(item: unknown, answer: string): Evidence[] {
  const parsed = evidenceSchema.safeParse(item);
  if (!parsed.success) return [];
  const quote = parsed.data.quote.trim();
  return quote && flat(answer).includes(flat(quote)) ? [{ ...parsed.data, quote }] : [];
}

const flat = (text: string) => text.replace(/\s+/g, " ").trim().toLowerCase();
const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

function mapValues<K extends string>(
  record: Record<K, number>,
  fn: (value: number) => number,
): Record<K, number> {
  return Object.fromEntries(Object.entries<number>(record).map(([k, v]) => [k, fn(v)])) as Record<K, number>;
}
