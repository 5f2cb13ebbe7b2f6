import {
  EMOTIONS,
  type Emotion,
  type EmotionScores,
  type ExpressionSample,
  type ExpressionSummary,
  faceFraming,
  type HeadMovement,
  type QuestionExpression,
} from "@studio/protocol";
import { headMovement } from "./head-movement";

/**
 * A sample stands for the time until the next one, but no longer than this: a longer gap means the
 * analysis was paused (camera off, tab hidden), and that time is not counted as "face missing".
 */
export const MAX_SAMPLE_SPAN_MS = 2000;
/** The span of the last sample (nothing follows it): the usual interval, within the cap. */
const DEFAULT_SPAN_MS = 1000;

type Shares = Record<Emotion, number>;

/** The expression with the highest score in one frame (ties: the first in EMOTIONS order). */
export function topEmotion(scores: EmotionScores): Emotion {
  let best: Emotion = EMOTIONS[0];
  for (const emotion of EMOTIONS) if (scores[emotion] > scores[best]) best = emotion;
  return best;
}

/** How long each sample stands for, in time order. */
export function sampleSpans(sorted: readonly ExpressionSample[]): number[] {
  const gaps = sorted.slice(1).map((s, i) => s.at - (sorted[i] as ExpressionSample).at);
  const usual = median(gaps.filter((g) => g > 0 && g <= MAX_SAMPLE_SPAN_MS)) ?? DEFAULT_SPAN_MS;
  return sorted.map((_, i) => Math.min(gaps[i] ?? usual, MAX_SAMPLE_SPAN_MS));
}

function median(values: number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

interface Aggregate {
  samples: number;
  dominant: Emotion | null;
  shares: Shares;
  lookingAwayShare: number;
  lookingDownShare: number;
  faceMissingMs: number;
  durationMs: number;
  headMovement?: HeadMovement;
  offCentreShare: number;
  tooFarShare: number;
}

/** Figures over samples already in time order, with each sample's span. */
function aggregate(samples: readonly ExpressionSample[], spans: readonly number[]): Aggregate {
  const counts = Object.fromEntries(EMOTIONS.map((e) => [e, 0])) as Shares;
  let withFace = 0;
  let gazeKnown = 0;
  let away = 0;
  let down = 0;
  let faceMissingMs = 0;
  let durationMs = 0;
  const framing = { known: 0, off_centre: 0, too_far: 0, centred: 0 };
  samples.forEach((sample, i) => {
    const span = spans[i] ?? 0;
    durationMs += span;
    if (!sample.facePresent) {
      faceMissingMs += span;
      return;
    }
    withFace++;
    counts[topEmotion(sample.scores)]++;
    if (sample.faceOffCentre !== undefined || sample.faceSize !== undefined) {
      framing.known++;
      framing[faceFraming(sample)]++;
    }
    if (sample.lookingAway !== undefined) {
      gazeKnown++;
      if (sample.lookingAway) away++;
      if (sample.lookingDown) down++;
    }
  });
  const shares = Object.fromEntries(
    EMOTIONS.map((e) => [e, withFace ? round(counts[e] / withFace) : 0]),
  ) as Shares;
  const dominant = withFace ? EMOTIONS.reduce((a, b) => (counts[b] > counts[a] ? b : a)) : null;
  const movement = headMovement(samples);
  return {
    samples: samples.length,
    dominant,
    shares,
    lookingAwayShare: gazeKnown ? round(away / gazeKnown) : 0,
    lookingDownShare: gazeKnown ? round(down / gazeKnown) : 0,
    faceMissingMs: Math.round(faceMissingMs),
    durationMs: Math.round(durationMs),
    ...(movement ? { headMovement: movement } : {}),
    offCentreShare: framing.known ? round(framing.off_centre / framing.known) : 0,
    tooFarShare: framing.known ? round(framing.too_far / framing.known) : 0,
  };
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** The overall and per-question figures of a session's samples (any order). */
export function summarizeExpressions(samples: readonly ExpressionSample[]): ExpressionSummary {
  const sorted = [...samples].sort((a, b) => a.at - b.at);
  const spans = sampleSpans(sorted);
  const byQuestion = new Map<string, { samples: ExpressionSample[]; spans: number[] }>();
  sorted.forEach((sample, i) => {
    if (!sample.questionId) return;
    const group = byQuestion.get(sample.questionId) ?? { samples: [], spans: [] };
    group.samples.push(sample);
    group.spans.push(spans[i] ?? 0);
    byQuestion.set(sample.questionId, group);
  });
  const perQuestion: QuestionExpression[] = [...byQuestion].map(([questionId, group]) => {
    const { durationMs: _duration, ...figures } = aggregate(group.samples, group.spans);
    return {
      questionId,
      ...figures,
      startAt: (group.samples[0] as ExpressionSample).at,
      endAt: (group.samples.at(-1) as ExpressionSample).at,
    };
  });
  return { overall: aggregate(sorted, spans), perQuestion };
}
