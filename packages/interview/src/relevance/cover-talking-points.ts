import type { Language, TalkingPointCoverage } from "@studio/protocol";
import type { TalkingPoint } from "../bank/question-bank-schema";
import type { AnswerFeatures } from "../evaluation/extract-answer-features";
import type { SentenceFeatures } from "../evaluation/sentence-features";
import { firstMatchingCue, prepareCueText } from "./match-cue";

export const PLAN: Record<Language, RegExp> = {
  ko: /(앞으로|하고 싶|되고 싶|계획|목표|하겠|겠습니다|예정|년 뒤|년 후|입사하면|입사 후|합류하면)/,
  en: /\b(will|plan|want to|would like to|hope to|aim|goal|next|in (\w+|\d+) years|going to|i'd like)\b/i,
};

type Marker = NonNullable<TalkingPoint["marker"]>;

/** The sentence that plays the part a marker stands for, found by the evaluator's own sentence cues. */
const MARKER_SENTENCE: Record<Marker, (s: SentenceFeatures, language: Language) => boolean> = {
  result: (s) => s.result + s.change > 0 && (s.past || s.change > 0),
  metric: (s) => s.quantities > 0 && (s.result + s.change > 0 || s.past),
  learning: (s) => s.learning > 0,
  action: (s) => s.action === "self",
  situation: (s) => s.context + s.problem > 0,
  example: (s) => s.example + s.context > 0,
  plan: (s, language) => PLAN[language].test(s.text),
  reason: (s) => s.causal > 0,
};

export interface CoveredPoint extends TalkingPointCoverage {
  point: TalkingPoint;
}

function quoteFor(
  point: TalkingPoint,
  sentences: SentenceFeatures[],
  language: Language,
): string | undefined {
  const byCue = sentences.find((s) => firstMatchingCue(prepareCueText(s.text), point.cues));
  if (byCue) return byCue.text;
  const marker = point.marker;
  return marker ? sentences.find((s) => MARKER_SENTENCE[marker](s, language))?.text : undefined;
}

/** Which of a question's talking points the answer covers, each with the sentence that covers it. */
export function coverTalkingPoints(points: readonly TalkingPoint[], f: AnswerFeatures): CoveredPoint[] {
  return points.map((point) => {
    const quote = quoteFor(point, f.sentences, f.language);
    return quote
      ? { point, label: point.label, covered: true, quote }
      : { point, label: point.label, covered: false };
  });
}

/** Points about the subject itself: a story's result or lesson says nothing about what was asked. */
export const isSubjectPoint = (point: TalkingPoint) => point.marker === undefined;
