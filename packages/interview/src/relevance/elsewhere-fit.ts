import type { Category, Language } from "@studio/protocol";
import { QUESTION_FILES } from "../bank/question-bank";
import type { TalkingPoint } from "../bank/question-bank-schema";
import { isCommonCue } from "./common-cues";
import { type CueText, matchesCue, prepareCueText } from "./match-cue";

interface PointCues {
  specific: string[];
  common: string[];
}

interface QuestionCues {
  category: Category;
  points: PointCues[];
}

const STORY_CATEGORIES = new Set<Category>(["project", "problem_solving", "teamwork", "strength", "growth"]);

const split = (point: TalkingPoint): PointCues => ({
  specific: point.cues.filter((cue) => !isCommonCue(cue)),
  common: point.cues.filter(isCommonCue),
});

const BY_LANGUAGE: Record<Language, QuestionCues[]> = { ko: [], en: [] };
for (const file of QUESTION_FILES) {
  for (const q of file.questions) {
    if (q.talkingPoints)
      BY_LANGUAGE[file.language].push({ category: q.category, points: q.talkingPoints.map(split) });
  }
}

/** The same measure as a question's own talking points: three points in the answer's words make a full fit. */
function fit(text: CueText, question: QuestionCues): number {
  let evidence = 0;
  for (const point of question.points) {
    if (point.specific.some((cue) => matchesCue(text, cue))) evidence += 1;
    else if (point.common.some((cue) => matchesCue(text, cue))) evidence += 0.5;
  }
  return Math.min(1, evidence / Math.min(3, question.points.length));
}

/**
 * How well the answer fits the best bank question of another kind: an answer written for another
 * question ("why our company" given to "what is an index") fits that kind of question far better.
 */
export function fitElsewhere(answer: string, language: Language, category: Category): number {
  const text = prepareCueText(answer);
  let best = 0;
  for (const question of BY_LANGUAGE[language]) {
    if (question.category === category) continue;
    // A story with technical substance is a good story: technical questions are not "elsewhere" for it.
    if (question.category === "technical" && STORY_CATEGORIES.has(category)) continue;
    best = Math.max(best, fit(text, question));
    if (best === 1) break;
  }
  return best;
}
