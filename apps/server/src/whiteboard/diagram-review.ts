import type { Analysis, Language } from "@studio/protocol";
import { type ResilientLlm, reviewDiagramWithLlm } from "@studio/providers";
import { mergeLlmReview, type ProblemDefinition, problemDetail } from "@studio/whiteboard";

export interface DiagramReviewer {
  llm: ResilientLlm;
  /** Whether the model reads images; otherwise it gets the graph alone. */
  vision: boolean;
  timeoutMs: number;
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** The base64 of a PNG data URL, or null when the bytes are not a PNG. */
export function pngPayload(dataUrl: string): string | null {
  const base64 = dataUrl.slice(dataUrl.indexOf(",") + 1);
  const head = Buffer.from(base64.slice(0, 16), "base64");
  return head.subarray(0, 8).equals(PNG_SIGNATURE) ? base64 : null;
}

/**
 * The rules' analysis with the model's review merged in; the rules' analysis as it is when the model
 * fails, is slow or says nothing usable (the candidate never waits on a broken LLM for an error).
 */
export async function withLlmReview(
  reviewer: DiagramReviewer,
  analysis: Analysis,
  context: { problem?: ProblemDefinition; language: Language; png?: string },
): Promise<Analysis> {
  if (analysis.components.length === 0) return analysis;
  const review = await reviewDiagramWithLlm(reviewer.llm, {
    language: context.language,
    analysis,
    problem: context.problem && problemDetail(context.problem, context.language),
    image: reviewer.vision && context.png ? { data: context.png, mediaType: "image/png" } : undefined,
    timeoutMs: reviewer.timeoutMs,
  });
  return review ? mergeLlmReview(analysis, review, reviewer.llm.engine.model) : analysis;
}
