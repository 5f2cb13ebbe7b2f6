import type {
  Analysis,
  Finding,
  FollowUp,
  Language,
  ScoreCategory,
  WhiteboardScores,
} from "@studio/protocol";
import { DesignGraph } from "../graph/design-graph";
import type { ReferenceModel } from "../problems/problem";
import { directionRule, expectedFlowsRule, storageReachRule } from "./flow-rules";
import { say } from "./messages";
import { Review, type Rule } from "./rule";
import { cacheRule, queueRule, redundancyRule, scaleOutRule } from "./scalability-rules";
import { authRule, clientStorageRule, transportRule } from "./security-rules";
import { coverageRule, layeringRule, tidinessRule } from "./structure-rules";

const RULES: readonly Rule[] = [
  coverageRule,
  tidinessRule,
  layeringRule,
  redundancyRule,
  cacheRule,
  queueRule,
  scaleOutRule,
  clientStorageRule,
  authRule,
  transportRule,
  expectedFlowsRule,
  storageReachRule,
  directionRule,
];

/** Without a problem, the design is held to what any web service needs. */
export const GENERAL_REFERENCE: ReferenceModel = {
  required: ["client", "api_server", "database"],
  recommended: ["load_balancer", "cache", "replica", "auth", "monitoring"],
  flows: [
    {
      from: "client",
      to: "database",
      text: { ko: "클라이언트 요청이 데이터베이스까지", en: "client requests reach the database" },
    },
  ],
  traits: { readHeavy: false, heavyWork: false, sensitive: false, media: false },
  scalingRisks: [],
  securityConcerns: [],
  followUps: [],
};

const CATEGORIES: readonly ScoreCategory[] = ["structure", "scalability", "security", "dataFlow"];

/** Each category's checks, weighed, mapped onto 1-5. */
function scoresOf(review: Review): WhiteboardScores {
  const score = (category: ScoreCategory) => {
    const checks = review.checks.filter((c) => c.category === category);
    const weight = checks.reduce((s, c) => s + c.weight, 0);
    const earned = checks.reduce((s, c) => s + c.weight * c.passed, 0);
    return weight === 0 ? 1 : Math.max(1, Math.min(5, Math.round(1 + (4 * earned) / weight)));
  };
  return Object.fromEntries(CATEGORIES.map((c) => [c, score(c)])) as WhiteboardScores;
}

/** Follow-ups from the gaps first (most serious first), then the problem's own questions. */
function followUpsOf(review: Review, reference: ReferenceModel, lang: Language): FollowUp[] {
  const fromGaps = [...review.followUps].sort((a, b) => b.priority - a.priority);
  const seen = new Set<string>();
  const questions: FollowUp[] = [];
  for (const q of fromGaps) {
    if (seen.has(q.question) || q.components.length === 0) continue;
    seen.add(q.question);
    questions.push({ question: q.question, components: q.components });
  }
  for (const q of reference.followUps) {
    if (questions.length >= 6) break;
    questions.push({ question: q[lang], components: [] });
  }
  return questions.slice(0, 6);
}

type Graph = Pick<Analysis, "components" | "connections" | "boundaries">;

/** Reviews a read diagram against a reference model and the general rules. */
export function reviewDesign(graph: Graph, reference: ReferenceModel, lang: Language) {
  const review = new Review(lang);
  if (graph.components.length === 0) {
    const none: Finding[] = [];
    return {
      scores: { structure: 1, scalability: 1, security: 1, dataFlow: 1 },
      strengths: none,
      weaknesses: [
        { code: "empty", category: "structure" as const, text: say("empty", lang), components: [] },
      ],
      suggestions: [
        { code: "empty", category: "structure" as const, text: say("emptyFix", lang), components: [] },
      ],
      followUps: reference.followUps.slice(0, 3).map((q) => ({ question: q[lang], components: [] })),
    };
  }
  const design = new DesignGraph(graph.components, graph.connections, graph.boundaries);
  for (const rule of RULES) rule({ graph: design, reference, lang }, review);
  return {
    scores: scoresOf(review),
    strengths: review.strengths,
    weaknesses: review.weaknesses,
    suggestions: review.suggestions,
    followUps: followUpsOf(review, reference, lang),
  };
}
