import type { Category, Language } from "@studio/protocol";
import { tokenize } from "../text/tokenize";
import type { CategoryOdds } from "./category-classifier";
import { CATEGORY_CORPUS, type CorpusEntry } from "./category-models";
import {
  defaultAssociations,
  keyOf,
  learnAssociations,
  type QuestionAssociations,
} from "./question-associations";
import { questionIntents } from "./question-intent";
import { subjectCues } from "./question-profile";

/**
 * Words that say where a question's subject comes from or what to tell about it (the resume, the
 * project, one's role), not what the subject is: "the checkout redesign project on your resume" is about
 * the checkout redesign. Keys as `keyOf` makes them.
 */

export const FRAME_KEYS: Record<Language, Set<string>> = {
  ko: new Set(
    `이력 적힌 적혀 적으 적어 쓰신 써주 맡은 맡으 맡았 역할 프로 진행 성과 결과 본인 말씀 설명 하셨 주실 주셔 그걸 실제 궁금 얘기 구체 자세
    담당 참여 기여 관련 업무 과정 당시 그때 중에 여러 저희 예시 사례
    했는 했던 했다 했을 했으 하신 하셨 하는 하던 하다 하기 되는 됐는 됐던 됐나 있는 있었 없는 없었 같은 같이
    결국 이미 다시 먼저 항상 보통 주로 특히 정말 너무 아직 계속 바로 혹시 만약 그냥 다만 오히려 나중 처음`.split(
      /\s+/,
    ),
  ),
  en: new Set(
    `resume résumé cv listed list lists mention mentio mentions says wrote written project proje role part parts
    work worked own led lead turn turned went go going tell walk more detail detai initi initiative
    between betwe each every both either neither other another such same once still even ever never always
    often again already while whether reach whole across among around against without withou within`.split(
      /\s+/,
    ),
  ),
};

/**
 * A question word names a specific subject when at most this share of corpus questions use it: "debouncing",
 * "이탈", "checkout" do; "project", "experience", "team" are in a question of every kind.
 */
const DISTINCT_SHARE = 0.015;

/** Story-type categories: a story of one reads as an answer to a story question of another. */
const STORY_CATEGORIES: readonly Category[] = [
  "project",
  "problem_solving",
  "teamwork",
  "growth",
  "strength",
];

/** A reason given, in a story or not. */
const GIVES_REASON: Record<Language, RegExp> = {
  ko: /(때문|이유|그래서|위해|므로|니까|라서|해서|보니)/,
  en: /\b(because|since|so that|reason|so we|so i|which meant|to avoid|instead|rather than)\b/i,
};

/** English words compared by their first five letters ("redesign", "redesigned"); Korean by `keyOf`. */
const matchKey = (key: string) => (/[가-힣]/.test(key) ? key : key.slice(0, 5));

/** The frame words as question keys and match keys ("mentions" → "menti"). */
const FRAME_MATCH: Record<Language, Set<string>> = {
  ko: new Set(FRAME_KEYS.ko),
  en: new Set([...FRAME_KEYS.en].flatMap((word) => [word, keyOf(word), matchKey(keyOf(word))])),
};

/**
 * A question word that names a thing (a noun) rather than how it went ("nastiest", "surprised",
 * "deliberately", "틀렸다는", "파고든"): only such a word, missed, says the answer is about another thing.
 */
const NOT_A_NAME: Record<Language, RegExp> = {
  ko: /[다던었았렸였쳐져든본는운른은기게고서면며지요죠까씩혀거봤했됐에]$/,
  // Also contractions ("weren't") and the irregular past forms English verbs keep.
  en: /((est|ed|ly|ful|ous|ish|ive|ible|able)$|'|^(went|gone|gotten|got|drove|driven|broke|broken|took|taken|came|made|ran|began|begun|felt|kept|left|lost|meant|met|paid|said|sent|spent|stood|thought|told|understood|won|wrote|written|true|false|tough|hard|crazy|nasty|tricky|weird|strange|big|small)$)/,
};

/**
 * A named subject is rare among questions and among answers too: "debouncing", "throttling", "pessimistic"
 * are; "year", "style", "배포" (said in a tenth of answers) are too common for their absence to mean a miss.
 * Cross-validated on the corpus (knowledge learned without the held-out answers): project, problem and
 * concept answers missing two such words of their own question are 0.4% (ko) and 0.25% (en) of all
 * answers, against 18% and 11% of answers moved to another question of the same kind.
 */
const NAMED_ANSWER_SHARE = 0.01;
const NAMED_QUESTION_SHARE = 0.005;
/**
 * A short answer names less: under this many words its silence on the subject says nothing (cut to 20
 * words, 1.2-1.4% of corpus answers missed their own question's named words).
 */
const MISS_MIN_WORDS = 40;
/** One rare word missed is too often a paraphrase ("deadlock" answered with "mutual exclusion..."). */
const NAMED_MIN = 2;
/** A name in quotes ("the 'order service MSA' project", as resume questions name one) is named by the question itself. */
const QUOTED: Record<Language, RegExp> = {
  ko: /['"‘“「『]([^'"‘’“”「」『』]{2,60})['"’”」』]/g,
  // Not the apostrophe: "What's ... didn't" is no quote.
  en: /["“]([^"“”]{2,60})["”]/g,
};
/** Kinds of question whose named subject an answer must touch: a project, a problem, a concept. */
const SUBJECT_LED: readonly Category[] = ["project", "problem_solving", "technical"];

/** Per key, the share of the texts whose keys include it (each text counted once per key). */
function shareOfTexts(texts: readonly string[], keysOf: (text: string) => readonly string[]) {
  const counts = new Map<string, number>();
  for (const text of texts) for (const k of new Set(keysOf(text))) counts.set(k, (counts.get(k) ?? 0) + 1);
  const shares = new Map<string, number>();
  for (const [k, count] of counts) shares.set(k, count / Math.max(1, texts.length));
  return shares;
}

/** How common each question subject key and each answer word is in the corpus entries. */
function frequencies(entries: readonly CorpusEntry[], language: Language) {
  return {
    frequency: shareOfTexts([...new Set(entries.map((e) => e.question))], (q) =>
      subjectCues(q, language).map(keyOf),
    ),
    answerFrequency: shareOfTexts(
      entries.map((e) => e.answer),
      (answer) =>
        tokenize(answer, language)
          .filter((w) => w.length >= 2)
          .map((w) => matchKey(keyOf(w))),
    ),
  };
}

export interface SubjectKnowledge {
  associations: QuestionAssociations;
  /** Per question subject key, the share of corpus questions that use it. */
  frequency: Map<string, number>;
  /** Per `matchKey` of an answer word, the share of corpus answers that use it. */
  answerFrequency: Map<string, number>;
}

export function learnSubjectKnowledge(entries: readonly CorpusEntry[], language: Language): SubjectKnowledge {
  return { associations: learnAssociations(entries, language), ...frequencies(entries, language) };
}

const LEARNED: Partial<Record<Language, SubjectKnowledge>> = {};
function defaultKnowledge(language: Language): SubjectKnowledge {
  // The associations are the ones relevance already learned and keeps, not learned a second time.
  LEARNED[language] ??= {
    associations: defaultAssociations(language),
    ...frequencies(CATEGORY_CORPUS[language], language),
  };
  return LEARNED[language];
}

/** Learns what names a subject in both languages now, so the first answer does not wait. */
export function warmSubjectKnowledge(): void {
  defaultKnowledge("ko");
  defaultKnowledge("en");
}

interface QuestionSubject {
  /** Every subject key of the question but its frame. */
  all: string[];
  /** Those that are specific to few questions: what the question is about. */
  distinctive: string[];
  /**
   * Whether the question names a thing: two of its distinctive words rare in answers too, or a name in
   * quotes. Then an answer that touches none of its words is about something else.
   */
  named: boolean;
}

function questionSubject(question: string, language: Language, knowledge: SubjectKnowledge): QuestionSubject {
  const frame = FRAME_MATCH[language];
  const tokens = tokenize(question, language);
  const all: string[] = [];
  const names = new Set<string>();
  for (const token of tokens) {
    const [cue] = subjectCues(token, language);
    if (!cue) continue;
    const key = keyOf(cue);
    if (frame.has(key) || frame.has(matchKey(key)) || all.includes(key)) continue;
    all.push(key);
    // A Korean answer often says an English term of the question in Korean ("data leakage" → "누수").
    if (!NOT_A_NAME[language].test(token) && (language === "en" || /[가-힣]/.test(token))) names.add(key);
  }
  const distinctive = all.filter((key) => (knowledge.frequency.get(key) ?? 0) <= DISTINCT_SHARE);
  const rare = distinctive.filter(
    (key) =>
      names.has(key) &&
      (knowledge.frequency.get(key) ?? 0) <= NAMED_QUESTION_SHARE &&
      (knowledge.answerFrequency.get(matchKey(key)) ?? 0) <= NAMED_ANSWER_SHARE,
  );
  const quoted = [...question.matchAll(QUOTED[language])].flatMap((m) =>
    subjectCues(m[1] ?? "", language)
      .map(keyOf)
      .filter((key) => all.includes(key)),
  );
  return { all, distinctive, named: rare.length >= NAMED_MIN || quoted.length > 0 };
}

/** The question's words that name its specific subject (not the frame around it), as keys. */
export function distinctiveSubject(
  question: string,
  language: Language,
  knowledge: SubjectKnowledge = defaultKnowledge(language),
): string[] {
  return questionSubject(question, language, knowledge).distinctive;
}

export interface SubjectTouch {
  /** The question's distinctive subject keys. */
  keys: string[];
  /** Share of them the answer names. */
  named: number;
  /**
   * The question names a thing and the answer touches none of its subject words nor the words answers
   * to them use.
   */
  missed: boolean;
}

export function touchSubject(
  question: string,
  answer: string,
  language: Language,
  knowledge: SubjectKnowledge = defaultKnowledge(language),
): SubjectTouch {
  const subject = questionSubject(question, language, knowledge);
  const tokens = tokenize(answer, language);
  const said = new Set(tokens.filter((w) => w.length >= 2).map(keyOf));
  const saidMatch = new Set([...said].map(matchKey));
  const says = (key: string) => saidMatch.has(matchKey(key));
  const associated = (key: string) => {
    const words = knowledge.associations.get(key);
    if (!words) return false;
    let hits = 0;
    for (const word of words) if (said.has(word) && ++hits >= 3) return true;
    return false;
  };
  const keys = subject.distinctive;
  const named = keys.length === 0 ? 0 : keys.filter(says).length / keys.length;
  const missed =
    subject.named &&
    tokens.length >= MISS_MIN_WORDS &&
    !subject.all.some((key) => says(key) || associated(key));
  return { keys, named, missed };
}

/** Half the question's specific subject words named: the answer is about what the question names. */
const NAMED_ENOUGH = 0.5;

/**
 * The fit (0-1, as `answerFitsQuestion`) of an answer measured against what the question names rather
 * than its category alone:
 * - a project, problem or concept question naming a specific thing that the answer never touches (none
 *   of its subject words, nor the words answers to them use) gets `missed` (an answer about another
 *   project or concept);
 * - a story question (or a "why" asked about a story) answered by a story of any story-type category
 *   about the subject it names fits as much as the answer is a story (its odds over story-type
 *   categories) times the share of the subject named, `sure` being a full fit; so a resume question on
 *   "the checkout redesign project" accepts the checkout redesign told as a problem solved.
 * Otherwise `fit` as it is.
 */
export function subjectFit(
  input: { question: string; answer: string; language: Language },
  category: Category,
  odds: CategoryOdds,
  line: { fit: number; missed: number; sure: number },
  knowledge?: SubjectKnowledge,
): number {
  const { fit, missed, sure } = line;
  const touch = touchSubject(input.question, input.answer, input.language, knowledge);
  if (touch.missed && SUBJECT_LED.includes(category)) return Math.min(fit, missed);
  if (touch.keys.length === 0 || touch.named < NAMED_ENOUGH) return fit;
  if (category !== "technical" && !STORY_CATEGORIES.includes(category)) return fit;
  const intents = questionIntents(input.question, category);
  const story = STORY_CATEGORIES.reduce((sum, c) => sum + (odds[c] ?? 0), 0);
  const asked =
    intents.includes("story") ||
    (intents.includes("reason") && GIVES_REASON[input.language].test(input.answer));
  return asked ? Math.max(fit, story * touch.named * sure) : fit;
}
