import type { GeneratedProblem } from "@studio/protocol";
import type { Localized, ProblemDefinition } from "./problem";

/** A generated problem is written in one language; it reads the same whichever the UI asks for. */
const same = (text: string): Localized => ({ ko: text, en: text });
const all = (list: readonly string[]) => list.map(same);

/**
 * A model-written problem as a bank problem, so the same rules grade designs drawn for it. Kinds the
 * problem requires are not also "recommended", and a client is always expected (someone uses it).
 */
export function problemFromGenerated(id: string, p: GeneratedProblem): ProblemDefinition {
  const r = p.reference;
  const required = [...new Set(["client" as const, ...r.requiredComponents])];
  const recommended = [...new Set(r.recommendedComponents)].filter((k) => !required.includes(k));
  return {
    id,
    difficulty: p.difficulty,
    timeLimitMinutes: p.timeLimitMinutes,
    title: same(p.title),
    summary: same(p.summary),
    requirements: {
      functional: all(p.requirements.functional),
      scale: all(p.requirements.scale),
      constraints: all(p.requirements.constraints),
    },
    reference: {
      required,
      recommended,
      flows: r.expectedFlows
        .filter((f) => f.from !== f.to)
        .map((f) => ({ from: f.from, to: f.to, text: same(f.text) })),
      traits: r.traits,
      scalingRisks: all(r.scalingRisks),
      securityConcerns: all(r.securityConcerns),
      followUps: all(r.followUps),
    },
  };
}
