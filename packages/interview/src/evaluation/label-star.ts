import type { StarPart, StarScores } from "@studio/protocol";
import type { SentenceFeatures } from "./sentence-features";

export interface LabelledSentence {
  sentence: SentenceFeatures;
  part: StarPart | null;
}

function isConcrete(s: SentenceFeatures): boolean {
  return s.quantities > 0 || s.techTerms.length > 0 || s.namedTerms.length > 0;
}

/** A sentence that hedges or is only vague words and fillers: it claims an outcome without one. */
function isEmptyClaim(s: SentenceFeatures): boolean {
  if (isConcrete(s) || s.change > 0) return false;
  return s.hedges > 0 || s.fillers >= 2 || (s.vague > 0 && s.tokens.length < 8);
}

function cueStrength(s: SentenceFeatures): Record<StarPart, number> {
  return {
    // A problem in the present tense is part of an explanation, not the scene of a story.
    situation: (s.context > 0 ? 1.5 : 0) + (s.problem > 0 && s.past ? 1 : 0),
    task: s.task > 0 ? 2 + (s.firstPerson > 0 ? 1 : 0) : 0,
    action: s.action === "self" ? 2 + (s.personal > 0 ? 1 : 0) : s.action === "team" ? 1 : 0,
    // A hedge or a filler ("잘 마무리된 것 같아요", "it went well, basically") is not a result.
    result: isEmptyClaim(s)
      ? 0
      : s.result + s.change > 0
        ? 2 + Math.min(s.change, 1) + (isConcrete(s) ? 1 : 0) + (s.learning > 0 ? 1 : 0)
        : s.learning > 0
          ? 1
          : 0,
  };
}

/**
 * Gives each sentence the STAR part its cues point to most strongly. Stories open with the situation
 * and close with the result, so position breaks near-ties.
 */
export function labelStarSentences(sentences: SentenceFeatures[]): LabelledSentence[] {
  return sentences.map((sentence, i) => {
    const position = sentences.length > 1 ? i / (sentences.length - 1) : 0.5;
    const cues = cueStrength(sentence);
    const weighted: [StarPart, number][] = [
      ["situation", cues.situation + (cues.situation > 0 ? 0.5 * (1 - position) : 0)],
      ["task", cues.task + (cues.task > 0 ? 0.5 * (1 - position) : 0)],
      ["action", cues.action],
      ["result", cues.result + (cues.result > 0 ? 0.5 * position : 0)],
    ];
    const [part, strength] = weighted.reduce((best, next) => (next[1] > best[1] ? next : best));
    return { sentence, part: strength >= 1 ? part : null };
  });
}

function situationPoints(s: SentenceFeatures): number {
  return 10 + (s.context > 0 ? 5 : 0) + (s.problem > 0 ? 5 : 0) + (isConcrete(s) ? 5 : 0);
}

function taskPoints(s: SentenceFeatures): number {
  return 15 + (s.firstPerson > 0 ? 5 : 0) + (s.quantities > 0 ? 5 : 0);
}

function actionPoints(s: SentenceFeatures): number {
  if (s.action === "team") return 4;
  return 7 + (isConcrete(s) ? 3 : 0) + (s.personal > 0 ? 2 : 0);
}

function resultPoints(s: SentenceFeatures): number {
  // "I think it worked somehow" is not yet a result the candidate stands behind.
  const confidence = s.hedges > 0 ? 0.5 : 1;
  if (s.change > 0 || (s.result > 0 && s.quantities > 0)) return 25 * confidence;
  if (s.result > 0) return (isConcrete(s) ? 18 : 12) * confidence;
  return s.learning > 0 ? 6 : 0;
}

const SECONDARY_SHARE = 0.6;

/** Points a sentence earns for a part: in full when labelled with it, in part when it only carries its cues. */
function earned(l: LabelledSentence, part: StarPart, points: (s: SentenceFeatures) => number): number {
  if (l.part === part) return points(l.sentence);
  return cueStrength(l.sentence)[part] > 0 ? SECONDARY_SHARE * points(l.sentence) : 0;
}

function best(labelled: LabelledSentence[], part: StarPart, points: (s: SentenceFeatures) => number) {
  return Math.max(0, ...labelled.map((l) => earned(l, part, points)));
}

/** S, T, A and R out of 25 each: how fully and concretely the answer tells each part of its story. */
export function scoreStar(labelled: LabelledSentence[]): StarScores {
  const actions = labelled.map((l) => earned(l, "action", actionPoints));
  const learned = labelled.some((l) => l.sentence.learning > 0);
  const result = best(labelled, "result", resultPoints);
  const round = (points: number) => Math.round(Math.min(25, points));
  return {
    situation: round(best(labelled, "situation", situationPoints)),
    task: round(best(labelled, "task", taskPoints)),
    action: round(actions.reduce((total, points) => total + points, 0)),
    result: round(result + (learned && result >= 12 ? 3 : 0)),
  };
}
