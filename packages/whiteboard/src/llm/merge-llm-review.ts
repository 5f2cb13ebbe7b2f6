import type { Analysis, Finding, FollowUp, LlmDiagramReview } from "@studio/protocol";

/** Findings a model adds at most, per list, so its prose never buries the rules' findings. */
const MAX_LLM_FINDINGS = 3;
const MAX_LLM_FOLLOW_UPS = 3;
/** Markup, links and addresses have no place in a review of a diagram: a hostile or confused reply. */
const SUSPECT_TEXT = /<[a-z!/][^>]*>|https?:\/\/|www\.|javascript:|data:/i;

export const isCleanReviewText = (text: string): boolean => !SUSPECT_TEXT.test(text);

const LISTS = { strength: "strengths", weakness: "weaknesses", suggestion: "suggestions" } as const;

/**
 * Adds a model's review to the rules' analysis. The rules stay the floor of truth: scores are theirs
 * alone, and a finding or follow-up from the model is kept only when every component it names is
 * in the diagram (a finding must name at least one), its text is clean and it repeats nothing.
 */
export function mergeLlmReview(analysis: Analysis, review: LlmDiagramReview, model: string): Analysis {
  const known = new Set(analysis.components.map((c) => c.id));
  const names = (ids: readonly string[]) => ids.every((id) => known.has(id));
  const seen = new Set(
    [...analysis.strengths, ...analysis.weaknesses, ...analysis.suggestions].map((f) => normalize(f.text)),
  );
  const merged = {
    strengths: [...analysis.strengths],
    weaknesses: [...analysis.weaknesses],
    suggestions: [...analysis.suggestions],
  };
  const added = { strengths: 0, weaknesses: 0, suggestions: 0 };
  for (const f of review.findings) {
    const list = LISTS[f.kind];
    const key = normalize(f.text);
    if (!names(f.components) || !isCleanReviewText(f.text) || seen.has(key)) continue;
    if (added[list] >= MAX_LLM_FINDINGS) continue;
    seen.add(key);
    added[list]++;
    const finding: Finding = {
      code: `llm_${f.kind}`,
      category: f.category,
      text: f.text,
      components: [...new Set(f.components)],
      source: "llm",
    };
    merged[list].push(finding);
  }
  const questions = new Set(analysis.followUps.map((q) => normalize(q.question)));
  const followUps: FollowUp[] = review.followUps
    .filter((q) => names(q.components) && isCleanReviewText(q.question))
    .filter((q) => !questions.has(normalize(q.question)))
    .slice(0, MAX_LLM_FOLLOW_UPS)
    .map((q) => ({ question: q.question, components: [...new Set(q.components)] }));
  const narrative = review.narrative && isCleanReviewText(review.narrative) ? review.narrative : undefined;
  return {
    ...analysis,
    ...merged,
    followUps: [...analysis.followUps, ...followUps],
    ...(narrative ? { narrative } : {}),
    provider: `rules+llm:${model}`,
  };
}

function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\s.,!?'"“”]+/g, " ")
    .trim();
}
