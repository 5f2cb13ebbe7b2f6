import type { CandidateEvaluation, Criterion, Evaluation, Language, PanelEvaluation } from "@studio/protocol";
import { evaluateAnswer } from "../evaluation/evaluate-answer";
import { itemProfile } from "./item-profile";
import { isHollow, type JudgedAnswer, type PanelAnswer, type PanelLine, panelAnswers } from "./panel-answers";
import { summarise } from "./panel-summary";

export interface PanelEvaluationInput {
  language: Language;
  items: readonly string[];
  candidates: readonly { id: string; name: string }[];
  lines: readonly PanelLine[];
  /** Reused between periodic runs: an answer already judged is not judged again. */
  cache?: Map<string, Evaluation>;
}

/** An item never asked about directly is only estimated from other answers: at most this. */
const UNASKED_CAP = 3;
const OTHER_WEIGHT = 0.4;
/** The criteria mix an answer needs for the item before it is quoted as evidence. */
const EVIDENCE_FROM = 2.5;

function judge(answer: PanelAnswer, earlier: string[], input: PanelEvaluationInput): Evaluation {
  const key = `${input.language}\u0001${answer.question}\u0001${answer.text}\u0001${earlier.length}`;
  const cached = input.cache?.get(key);
  if (cached) return cached;
  const evaluation = evaluateAnswer({
    question: answer.question,
    answer: answer.text,
    language: input.language,
    category: answer.category,
    earlierAnswers: earlier,
  });
  input.cache?.set(key, evaluation);
  return evaluation;
}

function mix(evaluation: Evaluation, weights: Partial<Record<Criterion, number>>): number {
  let sum = 0;
  let total = 0;
  for (const [criterion, weight] of Object.entries(weights) as [Criterion, number][]) {
    sum += evaluation.scores[criterion] * weight;
    total += weight;
  }
  return total > 0 ? sum / total : 1;
}

/** 1-5 for one item, and whether any answer spoke to it directly. */
export function scoreItem(item: string, judged: readonly JudgedAnswer[]): { score: number; asked: boolean } {
  const profile = itemProfile(item);
  let sum = 0;
  let total = 0;
  let asked = false;
  for (const { answer, evaluation } of judged) {
    const direct = profile.categories.includes(answer.category);
    if (direct && !isHollow(evaluation)) asked = true;
    const weight = direct ? 1 : OTHER_WEIGHT;
    sum += mix(evaluation, profile.weights) * weight;
    total += weight;
  }
  if (total === 0) return { score: 1, asked: false };
  const raw = sum / total;
  const score = Math.round(asked ? raw : Math.min(raw, UNASKED_CAP));
  return { score: Math.min(5, Math.max(1, score)), asked };
}

/** Quotes from the candidate's own answers that show an item best (hollow answers prove nothing). */
function evidenceFor(item: string, judged: readonly JudgedAnswer[]) {
  const profile = itemProfile(item);
  // Only an answer that shows something for the item is quoted for it: a weak one proves nothing.
  const ranked = judged
    .filter((j) => !isHollow(j.evaluation) && mix(j.evaluation, profile.weights) >= EVIDENCE_FROM)
    .map((j) => ({
      j,
      rank: mix(j.evaluation, profile.weights) + (profile.categories.includes(j.answer.category) ? 1 : 0),
    }))
    .sort((a, b) => b.rank - a.rank);
  const quotes: string[] = [];
  for (const { j } of ranked.slice(0, 2)) {
    const fromEvidence = j.evaluation.evidence.find((e) => e.criterion in profile.weights)?.quote;
    const quote = fromEvidence ?? j.evaluation.sentences?.[0]?.text ?? j.answer.text.slice(0, 160);
    if (quote && !quotes.includes(quote)) quotes.push(quote);
  }
  return quotes.map((quote) => ({ item, quote }));
}

function evaluateCandidate(
  judged: readonly JudgedAnswer[],
  input: PanelEvaluationInput,
): CandidateEvaluation {
  const scores: Record<string, number> = {};
  const unasked: string[] = [];
  for (const item of input.items) {
    const { score, asked } = scoreItem(item, judged);
    scores[item] = score;
    if (!asked) unasked.push(item);
  }
  const weakest = input.items.filter((item) => (scores[item] ?? 1) <= 2 && !unasked.includes(item));
  const questions = [...unasked, ...weakest].slice(0, 3).map((item) => itemProfile(item).ask[input.language]);
  return {
    scores,
    evidence: input.items.flatMap((item) => evidenceFor(item, judged)),
    summary: summarise(input.language, scores, judged, unasked),
    questions,
    answers: judged.length,
  };
}

/**
 * The rule engine's evaluation of a panel so far: every candidate's answers judged for substance by the
 * interview evaluator, then mixed per item. A candidate who said nothing, or nothing on topic, scores low.
 */
export function evaluatePanel(input: PanelEvaluationInput, at = new Date()): PanelEvaluation {
  const answers = panelAnswers(input.lines, input.language);
  const candidates: Record<string, CandidateEvaluation> = {};
  for (const candidate of input.candidates) {
    const own = answers.filter((a) => a.candidateId === candidate.id);
    const judged = own.map((answer, index) => ({
      answer,
      evaluation: judge(
        answer,
        own.slice(0, index).map((a) => a.text),
        input,
      ),
    }));
    candidates[candidate.name] = evaluateCandidate(judged, input);
  }
  return { at: at.toISOString(), provider: "rules", candidates };
}
