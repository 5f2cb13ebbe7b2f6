import type { Category, Language } from "@studio/protocol";
import { countFillers } from "../text/fillers";
import { splitSentences } from "../text/split-sentences";
import { tokenize } from "../text/tokenize";
import { answerLength } from "./answer-length";
import { countMatches, MARKERS } from "./markers";
import { isNonAnswer } from "./non-answer";
import { asksBack, type LookAhead, lookAhead } from "./question-kind";
import { analyseSentence, type SentenceFeatures } from "./sentence-features";

export interface AnswerInput {
  question: string;
  answer: string;
  language: Language;
  category?: Category;
  /** The bank question asked, when known: its talking points judge relevance. */
  questionId?: string;
  /** Earlier answers of the same interview, to notice one given again. */
  earlierAnswers?: readonly string[];
}

/** Everything the rule evaluator, the follow-up chooser and the report read from one answer. */
export interface AnswerFeatures {
  language: Language;
  category?: Category;
  sentences: SentenceFeatures[];
  wordCount: number;
  /** Words in English-equivalent units, fillers left out: Korean is measured in syllables (answer-length.ts). */
  length: number;
  meanSentenceLength: number;
  quantities: number;
  techTerms: string[];
  /** Technical terms only named inside bare lists or sentences that say nothing about them. */
  unexplainedTechTerms: string[];
  /** Technical terms that appear only inside bare lists of terms. */
  listedTechTerms: string[];
  namedTerms: string[];
  termListSentences: number;
  /** The share of the answer's words that sit in bare lists of terms. */
  listedShare: number;
  selfActions: number;
  teamActions: number;
  firstPerson: number;
  collective: number;
  personal: number;
  results: number;
  quantifiedResults: number;
  learning: number;
  context: number;
  problem: number;
  task: number;
  hedges: number;
  vague: number;
  fillers: Record<string, number>;
  fillerCount: number;
  connectiveKinds: number;
  connectives: number;
  examples: number;
  /** Share of repeated word pairs: high for answers that go round in circles. */
  repetition: number;
  /** Share of the question's content words that the answer picks up. */
  relevance: number;
  nonAnswer: boolean;
  /** The question looks ahead or closes the interview (goals, why hire you, questions for us): no story wanted. */
  looksAhead?: LookAhead;
  /** Sentences that ask the interviewer something back ("팀의 온보딩은 어떻게 진행되나요?"). */
  asksBack?: number;
}

const EN_STOPWORDS = new Set(
  "a an the and or but to of in on at for with about from by is are was were be been do does did you your me tell time what how why when which that this it its as".split(
    " ",
  ),
);
const KO_QUESTION_WORDS = new Set([
  "말씀",
  "주세요",
  "설명",
  "무엇",
  "어떻게",
  "언제",
  "있었던",
  "해",
  "본인",
]);

function sum(sentences: SentenceFeatures[], pick: (s: SentenceFeatures) => number): number {
  return sentences.reduce((total, sentence) => total + pick(sentence), 0);
}

function distinct(values: string[]): string[] {
  return [...new Set(values)];
}

// Korean verbs inflect after their stem, English words take suffixes: compare by a short prefix.
function contentKeys(text: string, language: Language): Set<string> {
  const keys = tokenize(text, language)
    .filter((token) => !EN_STOPWORDS.has(token) && !KO_QUESTION_WORDS.has(token))
    .filter((token) => token.length >= (/[가-힣]/.test(token) ? 2 : 3))
    .map((token) => token.slice(0, /[가-힣]/.test(token) ? 2 : 5));
  return new Set(keys);
}

function relevance(question: string, answer: string, language: Language): number {
  const wanted = contentKeys(question, language);
  if (wanted.size === 0) return 1;
  const given = contentKeys(answer, language);
  return [...wanted].filter((key) => given.has(key)).length / wanted.size;
}

function repetition(tokens: string[]): number {
  if (tokens.length < 4) return 0;
  const pairs = tokens.slice(1).map((token, i) => `${tokens[i]} ${token}`);
  return 1 - new Set(pairs).size / pairs.length;
}

function explainedTerms(sentences: SentenceFeatures[]): Set<string> {
  const explains = (s: SentenceFeatures) =>
    !s.isTermList &&
    (s.statement ||
      s.tokens.length >= 8 ||
      s.explanation + s.causal + s.contrast > 0 ||
      s.action !== null ||
      s.result > 0);
  return new Set(sentences.filter(explains).flatMap((s) => s.techTerms));
}

function connectiveKinds(sentences: SentenceFeatures[]): number {
  const kinds = [
    sum(sentences, (s) => s.causal),
    sum(sentences, (s) => s.contrast),
    sum(sentences, (s) => s.sequence),
    sum(sentences, (s) => s.example),
  ];
  return kinds.filter((count) => count > 0).length;
}

/** Reads the measurable features of an answer: numbers, named technologies, who acted, STAR cues... */
export function extractAnswerFeatures({ question, answer, language, category }: AnswerInput): AnswerFeatures {
  const sentences = splitSentences(answer).map((text) => analyseSentence(text, language));
  const tokens = sentences.flatMap((s) => s.tokens);
  const techTerms = distinct(sentences.flatMap((s) => s.techTerms));
  const explained = explainedTerms(sentences);
  const stated = new Set(sentences.filter((s) => !s.isTermList).flatMap((s) => s.techTerms));
  const fillers = countFillers(answer, language);
  // Filler sounds and words ("음", "um", "you know") are not words of the answer: they do not make it longer.
  const length = answerLength(answer, language, tokens, fillers);
  return {
    language,
    category,
    sentences,
    wordCount: tokens.length,
    length,
    meanSentenceLength: sentences.length ? length / sentences.length : 0,
    quantities: sum(sentences, (s) => s.quantities),
    techTerms,
    unexplainedTechTerms: techTerms.filter((term) => !explained.has(term)),
    listedTechTerms: techTerms.filter((term) => !stated.has(term)),
    namedTerms: distinct(sentences.flatMap((s) => s.namedTerms.map((name) => name.toLowerCase()))),
    termListSentences: sentences.filter((s) => s.isTermList).length,
    listedShare: tokens.length
      ? sum(sentences, (s) => (s.isTermList ? s.tokens.length : 0)) / tokens.length
      : 0,
    selfActions: sentences.filter((s) => s.action === "self").length,
    teamActions: sentences.filter((s) => s.action === "team").length,
    firstPerson: sum(sentences, (s) => s.firstPerson),
    collective: sum(sentences, (s) => s.collective),
    personal: sum(sentences, (s) => s.personal),
    results: sentences.filter((s) => s.result + s.change > 0).length,
    quantifiedResults: sentences.filter((s) => s.change > 0 || (s.result > 0 && s.quantities > 0)).length,
    learning: sum(sentences, (s) => s.learning),
    context: sum(sentences, (s) => s.context),
    problem: sum(sentences, (s) => s.problem),
    task: sum(sentences, (s) => s.task),
    hedges: sum(sentences, (s) => s.hedges),
    vague: sum(sentences, (s) => s.vague),
    fillers,
    fillerCount: Object.values(fillers).reduce((total, n) => total + n, 0),
    connectiveKinds: connectiveKinds(sentences),
    connectives: sum(sentences, (s) => s.causal + s.contrast + s.sequence + s.example),
    examples: sum(sentences, (s) => s.example),
    repetition: repetition(tokens),
    relevance: relevance(question, answer, language),
    looksAhead: lookAhead(question),
    asksBack: sentences.filter((s) => asksBack(s.text, language)).length,
    nonAnswer:
      tokens.length === 0 ||
      (countMatches(MARKERS[language].nonAnswer, answer) > 0 && length < 30) ||
      isNonAnswer(answer, language),
  };
}
