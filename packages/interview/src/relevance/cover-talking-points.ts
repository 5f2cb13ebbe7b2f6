import type { Language, TalkingPointCoverage } from "@studio/protocol";
import type { TalkingPoint } from "../bank/question-bank-schema";
import type { AnswerFeatures } from "../evaluation/extract-answer-features";
import type { SentenceFeatures } from "../evaluation/sentence-features";
import { isCommonCue } from "./common-cues";
import { type CueText, firstMatchingCue, prepareCueText } from "./match-cue";

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
  /**
   * How strongly the answer's own words name this point: 1 for a specific cue, 0.5 when only cues
   * common to many kinds of question match, 0 when only the marker (any story's result) covers it.
   */
  subjectEvidence: number;
}

const specificCues = new WeakMap<TalkingPoint, string[]>();

/** The point's cues that say something about its subject (computed once per point). */
function specificOf(point: TalkingPoint): string[] {
  let cues = specificCues.get(point);
  if (!cues) {
    cues = point.cues.filter((cue) => !isCommonCue(cue));
    specificCues.set(point, cues);
  }
  return cues;
}

interface PreparedSentence {
  sentence: SentenceFeatures;
  text: CueText;
}

function cueSentence(point: TalkingPoint, sentences: readonly PreparedSentence[]) {
  for (const { sentence, text } of sentences) {
    if (!firstMatchingCue(text, point.cues)) continue;
    return { quote: sentence.text, evidence: firstMatchingCue(text, specificOf(point)) ? 1 : 0.5 };
  }
  return null;
}

function cover(point: TalkingPoint, f: AnswerFeatures, prepared: readonly PreparedSentence[]): CoveredPoint {
  const base = { point, label: point.label };
  const byCue = cueSentence(point, prepared);
  if (byCue) return { ...base, covered: true, quote: byCue.quote, subjectEvidence: byCue.evidence };
  const marker = point.marker;
  const quote = marker ? f.sentences.find((s) => MARKER_SENTENCE[marker](s, f.language))?.text : undefined;
  if (quote) return { ...base, covered: true, quote, subjectEvidence: 0 };
  return { ...base, covered: false, subjectEvidence: 0 };
}

/** Which of a question's talking points the answer covers, each with the sentence that covers it. */
export function coverTalkingPoints(points: readonly TalkingPoint[], f: AnswerFeatures): CoveredPoint[] {
  const prepared = f.sentences.map((sentence) => ({ sentence, text: prepareCueText(sentence.text) }));
  return points.map((point) => cover(point, f, prepared));
}

/** Points about the subject itself: a story's result or lesson says nothing about what was asked. */
export const isSubjectPoint = (point: TalkingPoint) => point.marker === undefined;
