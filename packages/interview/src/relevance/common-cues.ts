import { QUESTION_FILES } from "../bank/question-bank";

/** In talking points of this many kinds of question or more, a cue says little about any one subject. */
const COMMON_IN_CATEGORIES = 4;

function commonCues(): Set<string> {
  const categories = new Map<string, Set<string>>();
  for (const file of QUESTION_FILES) {
    for (const question of file.questions) {
      for (const point of question.talkingPoints ?? []) {
        for (const cue of point.cues) {
          const key = cue.toLowerCase().replace(/\s+/g, "");
          categories.set(key, (categories.get(key) ?? new Set()).add(question.category));
        }
      }
    }
  }
  return new Set([...categories].filter(([, seen]) => seen.size >= COMMON_IN_CATEGORIES).map(([cue]) => cue));
}

const COMMON = commonCues();

/** A cue found in talking points of many kinds of question ("고객", "result"): weak evidence of a subject. */
export function isCommonCue(cue: string): boolean {
  return COMMON.has(cue.toLowerCase().replace(/\s+/g, ""));
}
