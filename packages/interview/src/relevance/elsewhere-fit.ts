import type { Category, Language } from "@studio/protocol";
import { QUESTION_FILES } from "../bank/question-bank";
import type { TalkingPoint } from "../bank/question-bank-schema";
import { isCommonCue } from "./common-cues";
import { matchingCues, type PreparedCues, prepareCues, prepareCueText } from "./match-cue";

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
/** Every cue of a language once: an answer is matched against each cue a single time. */
const UNIQUE_CUES: Record<Language, Set<string>> = { ko: new Set(), en: new Set() };
for (const file of QUESTION_FILES) {
  for (const q of file.questions) {
    if (!q.talkingPoints) continue;
    BY_LANGUAGE[file.language].push({ category: q.category, points: q.talkingPoints.map(split) });
    for (const point of q.talkingPoints) for (const cue of point.cues) UNIQUE_CUES[file.language].add(cue);
  }
}
const PREPARED_CUES: Record<Language, PreparedCues> = {
  ko: prepareCues(UNIQUE_CUES.ko),
  en: prepareCues(UNIQUE_CUES.en),
};

/** The same measure as a question's own talking points: three points in the answer's words make a full fit. */
function fit(matched: ReadonlySet<string>, question: QuestionCues): number {
  let evidence = 0;
  for (const point of question.points) {
    if (point.specific.some((cue) => matched.has(cue))) evidence += 1;
    else if (point.common.some((cue) => matched.has(cue))) evidence += 0.5;
  }
  return Math.min(1, evidence / Math.min(3, question.points.length));
}

/**
 * How well the answer fits the best bank question of another kind: an answer written for another
 * question ("why our company" given to "what is an index") fits that kind of question far better.
 */
export function fitElsewhere(answer: string, language: Language, category: Category): number {
  const matched = matchingCues(prepareCueText(answer), PREPARED_CUES[language]);
  let best = 0;
  for (const question of BY_LANGUAGE[language]) {
    if (question.category === category) continue;
    // A story with technical substance is a good story: technical questions are not "elsewhere" for it.
    if (question.category === "technical" && STORY_CATEGORIES.has(category)) continue;
    best = Math.max(best, fit(matched, question));
    if (best === 1) break;
  }
  return best;
}
