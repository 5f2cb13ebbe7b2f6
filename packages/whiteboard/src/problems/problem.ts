import type { ComponentKind, Language, WhiteboardProblem, WhiteboardProblemSummary } from "@studio/protocol";

/** Text in both languages. */
export interface Localized {
  ko: string;
  en: string;
}

/** What the design must show; the rules weigh their checks by these traits. */
export interface ProblemTraits {
  /** Reads far outnumber writes: a cache on the read path matters. */
  readHeavy: boolean;
  /** Slow work (fan-out, transcoding, delivery) that belongs behind a queue. */
  heavyWork: boolean;
  /** Money or personal data: encryption and authentication weigh more. */
  sensitive: boolean;
  /** Large files or media served to many: a CDN and object storage matter. */
  media: boolean;
}

export interface ReferenceModel {
  required: ComponentKind[];
  recommended: ComponentKind[];
  /** Paths a working design must allow, by kind: e.g. a client's write reaching the database. */
  flows: { from: ComponentKind; to: ComponentKind; text: Localized }[];
  traits: ProblemTraits;
  scalingRisks: Localized[];
  securityConcerns: Localized[];
  followUps: Localized[];
}

export interface ProblemDefinition {
  id: string;
  difficulty: "easy" | "medium" | "hard";
  timeLimitMinutes: number;
  title: Localized;
  summary: Localized;
  requirements: { functional: Localized[]; scale: Localized[]; constraints: Localized[] };
  reference: ReferenceModel;
}

const pick = (list: readonly Localized[], lang: Language) => list.map((t) => t[lang]);

export function problemSummary(p: ProblemDefinition, lang: Language): WhiteboardProblemSummary {
  return {
    id: p.id,
    title: p.title[lang],
    summary: p.summary[lang],
    difficulty: p.difficulty,
    timeLimitMinutes: p.timeLimitMinutes,
  };
}

/** The problem as shown to the candidate, with the reference model used for grading. */
export function problemDetail(p: ProblemDefinition, lang: Language): WhiteboardProblem {
  const r = p.reference;
  return {
    ...problemSummary(p, lang),
    requirements: {
      functional: pick(p.requirements.functional, lang),
      scale: pick(p.requirements.scale, lang),
      constraints: pick(p.requirements.constraints, lang),
    },
    reference: {
      requiredComponents: r.required,
      recommendedComponents: r.recommended,
      expectedFlows: r.flows.map((f) => ({ from: f.from, to: f.to, text: f.text[lang] })),
      scalingRisks: pick(r.scalingRisks, lang),
      securityConcerns: pick(r.securityConcerns, lang),
      followUps: pick(r.followUps, lang),
    },
  };
}
