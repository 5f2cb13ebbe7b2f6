import { evaluatePanel, type PanelLine } from "@studio/interview";
import {
  candidateEvaluationSchema,
  type Evaluation,
  type Language,
  type PanelEvaluation,
} from "@studio/protocol";
import type { ResilientLlm } from "@studio/providers";
import type { FastifyBaseLogger } from "fastify";
import { z } from "zod";

export interface PanelEvaluationRequest {
  language: Language;
  items: string[];
  candidates: { id: string; name: string }[];
  lines: PanelLine[];
}

const LLM_TIMEOUT_MS = 20_000;
const llmReplySchema = z.object({
  candidates: z.record(z.string(), candidateEvaluationSchema.omit({ answers: true })),
});

/**
 * The panel's evaluation: the rule engine always; the LLM on top when one is configured, its scores held
 * to at most one point above the rules' substance-checked ones (an off-topic answer stays low whatever
 * the model says). A failing LLM falls back to the rules: the room never waits on it.
 */
export class PanelEvaluator {
  /** Per panel, the rule engine's judgements of answers already heard. */
  private readonly caches = new Map<string, Map<string, Evaluation>>();

  constructor(
    private readonly llm: ResilientLlm | null,
    private readonly log: FastifyBaseLogger,
  ) {}

  async evaluate(panelId: string, request: PanelEvaluationRequest): Promise<PanelEvaluation> {
    const cache = this.caches.get(panelId) ?? new Map<string, Evaluation>();
    this.caches.set(panelId, cache);
    const rules = evaluatePanel({ ...request, cache });
    if (!this.llm || request.lines.length === 0) return rules;
    try {
      return await this.withLlm(request, rules);
    } catch (error) {
      this.log.warn({ err: error }, "panel LLM evaluation failed; the rules' stands");
      return rules;
    }
  }

  forget(panelId: string): void {
    this.caches.delete(panelId);
  }

  private async withLlm(request: PanelEvaluationRequest, rules: PanelEvaluation): Promise<PanelEvaluation> {
    const names = new Map(request.candidates.map((c) => [c.id, c.name]));
    const transcript = request.lines
      .map((l) => `${l.role === "candidate" ? names.get(l.speakerId) : `[${l.role}]`}: ${l.text}`)
      .join("\n");
    const reply = await this.llm?.generateObject({
      system: `You evaluate candidates in a live panel interview. For each candidate (${request.candidates.map((c) => c.name).join(", ")}) score each item (${request.items.join(", ")}) 1-5 from their own answers only, quote their words as evidence ({item, quote}), write a short summary and questions still worth asking, in ${request.language === "ko" ? "Korean" : "English"}. Reply JSON {"candidates": {NAME: {scores, evidence, summary, questions}}}.`,
      messages: [{ role: "user", content: transcript.slice(-12_000) }],
      schema: llmReplySchema,
      timeoutMs: LLM_TIMEOUT_MS,
    });
    if (!reply) return rules;
    const candidates = { ...rules.candidates };
    for (const [name, ruled] of Object.entries(rules.candidates)) {
      const llm = reply.candidates[name];
      if (!llm) continue;
      const scores: Record<string, number> = {};
      for (const item of request.items) {
        const ruledScore = ruled.scores[item] ?? 1;
        scores[item] = Math.min(llm.scores[item] ?? ruledScore, ruledScore + 1);
      }
      // Quotes must be the candidate's own words: a paraphrase is dropped.
      const own = request.lines
        .filter((l) => names.get(l.speakerId) === name)
        .map((l) => l.text)
        .join(" ");
      const evidence = llm.evidence.filter((e) => own.includes(e.quote));
      candidates[name] = {
        ...ruled,
        scores,
        evidence: evidence.length > 0 ? evidence : ruled.evidence,
        summary: llm.summary || ruled.summary,
        questions: llm.questions.length > 0 ? llm.questions.slice(0, 3) : ruled.questions,
      };
    }
    return { ...rules, provider: `llm:${this.llm?.provider}`, candidates };
  }
}
