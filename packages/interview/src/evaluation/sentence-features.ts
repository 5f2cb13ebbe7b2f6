import type { Language } from "@studio/protocol";
import { countFillerTotal } from "../text/fillers";
import { tokenize } from "../text/tokenize";
import { findTechTerms } from "./find-tech-terms";
import { countMatches, MARKERS } from "./markers";

/** What one sentence of an answer contains; the building block of every answer feature. */
export interface SentenceFeatures {
  text: string;
  tokens: string[];
  techTerms: string[];
  namedTerms: string[];
  quantities: number;
  firstPerson: number;
  collective: number;
  personal: number;
  /** The sentence tells of something that happened, rather than how things are in general. */
  past: boolean;
  /** A completed action: taken by the candidate ("self") or only by the team ("team"). */
  action: "self" | "team" | null;
  result: number;
  change: number;
  learning: number;
  context: number;
  problem: number;
  task: number;
  hedges: number;
  habitual: number;
  buzzwords: number;
  vague: number;
  fillers: number;
  causal: number;
  contrast: number;
  sequence: number;
  example: number;
  explanation: number;
  /** States what something is or does, so the terms in it are more than name-dropped. */
  statement: boolean;
  /** A bare list of terms ("A, B, C, D and E") rather than a statement about them. */
  isTermList: boolean;
}

const DIGITS = /\d+(?:[.,]\d+)*/g;
// Past tense in Korean carries ㅆ under a syllable (했, 었, 았, 였); 있 and 겠 carry it without being past.
const PAST_SYLLABLE = /[가-힣]/g;
// "-ed" after is/are/be is a present passive or an adjective ("processes are isolated").
const EN_PAST =
  /\b(was|were|had|did|(?<!\b(is|are|be|been|being|gets?)\s)\w{2,}(?<!e)ed|built|wrote|found|made|ran|led|took|got|went|came|saw|broke|began|spent|kept|told)\b/i;
const LIST_SEPARATOR = /\s*(?:,\s*(?:and\s|or\s)?|、|·|\s및\s|\sand\s|\sor\s)\s*/;

function hasKoreanPast(text: string): boolean {
  for (const [syllable] of text.matchAll(PAST_SYLLABLE)) {
    if (syllable === "있" || syllable === "겠") continue;
    if ((syllable.charCodeAt(0) - 0xac00) % 28 === 20) return true;
  }
  return false;
}

function namedTerms(text: string, language: Language): string[] {
  if (language === "ko") return text.match(/[A-Za-z][A-Za-z0-9.+#-]*/g) ?? [];
  const words = text.split(/\s+/).slice(1);
  return words
    .map((word) => word.replace(/^[^\w]+|[^\w]+$/g, ""))
    .filter((word) => /^[A-Z]/.test(word) && !/^I('|$)/.test(word));
}

/** A list item that does something ("moved images to S3", "캐시를 추가했고") rather than names something. */
const DOES: Record<Language, RegExp> = {
  ko: /(했|하고|해서|하여|하며|했고|됐|되었|었|았|였|줄였|늘렸|옮기|바꾸|바꿨)/,
  en: EN_PAST,
};

/**
 * "A, B, C, D and E": most items are short names (up to three words, none doing anything) and several
 * of them name a term. A list of concrete actions ("added Redis, moved images to S3, ...") is not one.
 */
function isTermList(text: string, language: Language): boolean {
  const parts = text.split(LIST_SEPARATOR);
  if (parts.length < 5) return false;
  const bare = parts
    .filter((part) => !DOES[language].test(part))
    .map((part) => ({ part, tokens: tokenize(part, language) }))
    .filter(({ tokens }) => tokens.length <= 3);
  const terms = bare.filter(
    ({ part, tokens }) =>
      findTechTerms(tokens, language).length > 0 ||
      // In Korean text a Latin-script word is almost always the name of a technology; in English an acronym is.
      (language === "ko" ? /[a-z]/i.test(part) : /[A-Z]{2,}/.test(part)),
  );
  return bare.length >= 0.7 * parts.length && terms.length >= 2;
}

function englishAction(text: string): SentenceFeatures["action"] {
  let actor: SentenceFeatures["action"] = null;
  for (const match of text.matchAll(MARKERS.en.actionVerb)) {
    if (/^learn/i.test(match[3] ?? "")) continue;
    if (match[1]!.toLowerCase() === "i") return "self";
    actor = "team";
  }
  return actor;
}

function action(text: string, language: Language, firstPerson: number, collective: number) {
  if (language === "en") return englishAction(text);
  if (countMatches(MARKERS.ko.actionVerb, text) === 0 || !hasKoreanPast(text)) return null;
  return collective > 0 && firstPerson === 0 ? "team" : "self";
}

export function analyseSentence(text: string, language: Language): SentenceFeatures {
  const m = MARKERS[language];
  const tokens = tokenize(text, language);
  const firstPerson = countMatches(m.firstPerson, text);
  const collective = countMatches(m.collective, text);
  return {
    text,
    tokens,
    techTerms: findTechTerms(tokens, language),
    namedTerms: namedTerms(text, language),
    quantities: countMatches(DIGITS, text) + countMatches(m.quantityWord, text),
    firstPerson,
    collective,
    personal: countMatches(m.personal, text),
    past: language === "ko" ? hasKoreanPast(text) : EN_PAST.test(text),
    action: action(text, language, firstPerson, collective),
    result: countMatches(m.result, text),
    change: countMatches(m.change, text),
    learning: countMatches(m.learning, text),
    context: countMatches(m.context, text),
    problem: countMatches(m.problem, text),
    task: countMatches(m.task, text),
    hedges: countMatches(m.hedge, text),
    habitual: countMatches(m.habitual, text),
    buzzwords: countMatches(m.buzzword, text),
    vague: countMatches(m.vague, text),
    fillers: countFillerTotal(text, language),
    causal: countMatches(m.causal, text),
    contrast: countMatches(m.contrast, text),
    sequence: countMatches(m.sequence, text),
    example: countMatches(m.example, text),
    explanation: countMatches(m.explanation, text),
    statement: countMatches(m.statement, text) > 0,
    isTermList: isTermList(text, language),
  };
}
