import { type Category, type Report, STAR_PARTS, type StarPart } from "@studio/protocol";
import { roundTo1, weightedMean } from "./averaging";
import type { ReportAnswer } from "./report-input";

/** Categories whose questions ask for a story; STAR is judged on these when the interview has any. */
export const STORY_CATEGORIES: ReadonlySet<Category> = new Set([
  "strength",
  "project",
  "teamwork",
  "problem_solving",
  "growth",
]);
export const SENTENCES_PER_PART = 3;
const MAX_SENTENCE_LENGTH = 160;

function clip(sentence: string): string {
  const text = sentence.trim();
  return text.length <= MAX_SENTENCE_LENGTH ? text : `${text.slice(0, MAX_SENTENCE_LENGTH - 1).trimEnd()}…`;
}

/** The candidate's own sentences for one part, taken first from the answers that scored best on it. */
function sentencesFor(part: StarPart, answers: readonly ReportAnswer[]): string[] {
  const ranked = [...answers].sort((a, b) => b.evaluation.star[part] - a.evaluation.star[part]);
  const sentences = ranked.flatMap((a) => (a.evaluation.sentences ?? []).filter((s) => s.part === part));
  return [...new Set(sentences.map((s) => clip(s.text)))].filter(Boolean).slice(0, SENTENCES_PER_PART);
}

/** STAR parts out of 25 each (weighted averages over the story answers), total out of 100, evidence. */
export function analyzeStar(answers: readonly ReportAnswer[]): Report["star"] {
  const stories = answers.filter((a) => STORY_CATEGORIES.has(a.category));
  const judged = stories.length > 0 ? stories : answers;
  const score = (part: StarPart) => roundTo1(weightedMean(judged, (a) => a.evaluation.star[part]));
  const scores = {
    situation: score("situation"),
    task: score("task"),
    action: score("action"),
    result: score("result"),
  };
  return {
    ...scores,
    total: roundTo1(STAR_PARTS.reduce((sum, part) => sum + scores[part], 0)),
    sentences: {
      situation: sentencesFor("situation", judged),
      task: sentencesFor("task", judged),
      action: sentencesFor("action", judged),
      result: sentencesFor("result", judged),
    },
  };
}
