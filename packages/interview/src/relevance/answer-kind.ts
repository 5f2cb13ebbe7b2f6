import type { Category, Language } from "@studio/protocol";
import type { AnswerFeatures } from "../evaluation/extract-answer-features";
import type { SentenceFeatures } from "../evaluation/sentence-features";
import { CATEGORY_CUES } from "./category-cues";
import { PLAN } from "./cover-talking-points";
import { matchesCue, prepareCueText } from "./match-cue";
import { type Intent, questionIntents } from "./question-intent";

const SELF_DESCRIPTION: Record<Language, RegExp> = {
  ko: /(저는|제가|저의|제)\s?.{0,40}(사람|성격|편|스타일|개발자|엔지니어|기획자|분석가|강점|장점|약점|단점|입니다|이에요|예요)/,
  en: /\b(i am|i'm|i've been|i have been|my (strength|weakness|name|background|approach)|people describe me)\b/i,
};
const QUESTION_BACK: Record<Language, RegExp> = {
  ko: /(궁금|여쭤|알고 싶|\?)/,
  en: /(\?|\bi('d| would) like to (know|ask)|\bcurious|\bwonder)/i,
};

/** A sentence that tells what happened: past tense with an action, a setting or an outcome. */
const tellsStory = (s: SentenceFeatures) =>
  s.past && (s.action !== null || s.context + s.result + s.problem > 0);
/** A sentence that explains how something is or works, rather than what happened once. */
const explains = (s: SentenceFeatures) =>
  !s.past && (s.statement || s.explanation > 0) && s.tokens.length >= 4;

function shareOf(f: AnswerFeatures, test: (s: SentenceFeatures) => boolean, enough: number): number {
  return Math.min(1, f.sentences.filter(test).length / enough);
}

type FormTest = (f: AnswerFeatures) => number;

/** How much of the answer has the form each intent calls for. */
const FORM: Record<Intent, FormTest> = {
  story: (f) => shareOf(f, tellsStory, 2),
  concept: (f) => shareOf(f, explains, 2),
  future: (f) => shareOf(f, (s) => PLAN[f.language].test(s.text) && !s.past, 2),
  // A reason given for now ("I want..., because..."), not the cause inside a past story.
  reason: (f) =>
    Math.min(1, shareOf(f, (s) => s.causal > 0 && !s.past, 1) + shareOf(f, (s) => s.causal > 0, 2) / 2),
  self: (f) => shareOf(f, (s) => SELF_DESCRIPTION[f.language].test(s.text) && !s.past, 1),
  practice: (f) => shareOf(f, (s) => !s.past && s.firstPerson > 0, 2),
  question_back: (f) => shareOf(f, (s) => QUESTION_BACK[f.language].test(s.text), 1),
};

function formFit(intents: Intent[], f: AnswerFeatures): number {
  return Math.max(...intents.map((intent) => FORM[intent](f)));
}

/** Words that show an answer of the right kind, saturating at three distinct cues. */
function cueFit(category: Category, answer: string): number {
  const text = prepareCueText(answer);
  return Math.min(1, CATEGORY_CUES[category].filter((cue) => matchesCue(text, cue)).length / 3);
}

/** Intents that a story or an explanation about anything cannot satisfy: the form itself is the answer. */
const FORM_LED: readonly Intent[] = ["future", "reason", "self", "question_back"];

export interface KindFit {
  fit: number;
  /** How much the kind of answer weighs in relevance against what it is about. */
  weight: number;
}

/** 0-1: whether the answer is the kind of answer this kind of question calls for. */
export function kindFit(question: string, category: Category, answer: string, f: AnswerFeatures): KindFit {
  const intents = questionIntents(question, category);
  const form = formFit(intents, f);
  const fit = category === "technical" ? form : 0.5 * form + 0.5 * cueFit(category, answer);
  return { fit, weight: intents.some((intent) => FORM_LED.includes(intent)) ? 0.7 : 0.5 };
}
