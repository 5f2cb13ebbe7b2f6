import type { Category, CriteriaScores, StarScores } from "@studio/protocol";
import { wantsNoStory } from "./category-expectations";
import type { AnswerFeatures } from "./extract-answer-features";

/**
 * Per twenty spoken words (Korean eojeol or English words, as fillers and hedges are), with short
 * answers counted as twenty words so one slip does not dominate.
 */
function rate(count: number, f: AnswerFeatures): number {
  return (count / Math.max(f.wordCount, 20)) * 20;
}

/** Filler words and hedging blur how an answer comes across, whatever it says. */
function hesitation(f: AnswerFeatures): number {
  return Math.min(2, 0.5 * rate(f.fillerCount, f) + 0.5 * rate(f.hedges, f));
}

/** Vague words ("여러 가지", "a lot", "great") stand where a concrete detail should be. */
function vagueness(f: AnswerFeatures): number {
  return Math.min(1.5, 0.4 * rate(f.vague, f));
}

function technicalWeight(f: AnswerFeatures): number {
  const unexplained = f.unexplainedTechTerms.length - f.listedTechTerms.length;
  const explained = f.techTerms.length - f.unexplainedTechTerms.length;
  return explained + 0.4 * unexplained + 0.2 * f.listedTechTerms.length;
}

/** How many concrete details the answer gives: numbers count double, then technologies, names, actions. */
export function concreteness(f: AnswerFeatures): number {
  const tech = new Set(f.techTerms);
  const names = f.namedTerms.filter((name) => !tech.has(name)).length;
  return (
    2 * Math.min(f.quantities, 6) +
    technicalWeight(f) +
    Math.min(names, 3) +
    Math.min(f.selfActions, 3) +
    (f.context > 0 ? 1 : 0) +
    (f.examples > 0 ? 1 : 0) +
    // To "any questions for us?", each pointed question back is the detail the answer is made of.
    (wantsNoStory(f) ? 1.5 * Math.min(f.asksBack ?? 0, 3) : 0)
  );
}

function sumOf(f: AnswerFeatures, pick: (s: AnswerFeatures["sentences"][number]) => number): number {
  return f.sentences.reduce((total, sentence) => total + pick(sentence), 0);
}

function lengthCap(f: AnswerFeatures, wordsPerPoint: number): number {
  return Math.max(1, f.length / wordsPerPoint);
}

/** Saying the same thing again adds length, not content. */
function repeating(f: AnswerFeatures): number {
  return Math.min(2, 2 * Math.max(0, f.repetition - 0.1));
}

function runOn(f: AnswerFeatures): number {
  return f.meanSentenceLength > 45 ? 1 : 0;
}

function specificity(f: AnswerFeatures): number {
  const raw = 1 + 0.9 * Math.log2(1 + concreteness(f)) - hesitation(f) - vagueness(f) - f.termListSentences;
  return Math.min(raw, lengthCap(f, 12));
}

function technical(f: AnswerFeatures): number {
  const lists = 0.5 * f.termListSentences;
  const raw = 1 + 1.1 * Math.log2(1 + technicalWeight(f)) - hesitation(f) - runOn(f) - lists;
  return Math.min(raw, 1 + lengthCap(f, 12));
}

/** An answer that shares no word with the question and tells no story has likely missed the question. */
function offTopic(f: AnswerFeatures, starTotal: number): number {
  return f.relevance === 0 && starTotal < 25 ? 0.5 : 0;
}

function logic(f: AnswerFeatures, starTotal: number): number {
  const sentences = f.sentences.length;
  const structure = 0.5 * f.connectiveKinds + (sentences >= 2 ? 0.5 : 0) + (sentences >= 3 ? 0.5 : 0);
  const reasoning =
    0.25 *
    Math.min(
      4,
      sumOf(f, (s) => s.explanation),
    );
  const support = 0.4 * Math.log2(1 + concreteness(f)) + starTotal / 100;
  const blur = hesitation(f) + 0.5 * vagueness(f) + runOn(f) + repeating(f) + 0.5 * f.termListSentences;
  const raw = 1 + structure + reasoning + support - blur - offTopic(f, starTotal);
  return Math.min(raw, 1 + lengthCap(f, 10));
}

/**
 * A question that wants reasons, plans or a question back (why this role, five years on, any questions for
 * us) has no Situation or Result to tell: its structure is a claim argued in order and backed by specifics
 * (half logic, half specificity: a fluent but generic "I like numbers" stays mid), and a pointed question
 * back to the interviewer is the shape a closing answer should have.
 */
function argued(f: AnswerFeatures, starTotal: number): number {
  return (logic(f, starTotal) + specificity(f)) / 2 + 0.5 * Math.min(2, f.asksBack ?? 0);
}

function star(f: AnswerFeatures, starTotal: number): number {
  const illustrated = f.examples > 0 && starTotal < 50 ? 0.75 : 0;
  const told = 1 + starTotal / 25 + illustrated;
  // "Why did you choose this role" is still best answered with the moment it started (the labels reward
  // that story), so only questions that look ahead or close the interview are judged as argued.
  return wantsNoStory(f) ? Math.max(told, argued(f, starTotal)) : told;
}

function communication(f: AnswerFeatures): number {
  const substance = Math.min(1.5, 0.5 * Math.log2(1 + concreteness(f)));
  const flow = f.sentences.length < 2 ? 0 : f.connectiveKinds >= 1 ? 0.5 : f.sentences.length >= 3 ? -0.5 : 0;
  const short = f.length < 15 ? 1 : f.length < 30 ? 0.5 : 0;
  const blur = 1.2 * hesitation(f) + runOn(f) + repeating(f) + f.termListSentences;
  return 3 + substance + flow - blur - short;
}

function toScore(value: number): number {
  return Math.min(5, Math.max(1, Math.round(value)));
}

/**
 * An answer that is mostly a list of names ("Redis, CDC, Kafka, SAGA, CAP...") with no measured detail
 * drops names instead of answering: interviewers rate it below a halting answer that says one real thing.
 */
const NAME_DROPPING: CriteriaScores = { specificity: 1, logic: 2, technical: 2, star: 1, communication: 2 };
function dropsNames(f: AnswerFeatures): boolean {
  return f.listedShare >= 0.5 && f.quantities <= 2;
}

/** "데이터 드리븐 의사결정과 그로스 해킹, 인사이트 도출...": one fashionable word in every ten, and no figure. */
function speaksInBuzzwords(f: AnswerFeatures): boolean {
  const buzzwords = sumOf(f, (s) => s.buzzwords);
  return buzzwords >= 4 && rate(buzzwords, f) >= 2 && f.quantities <= 2;
}

/** Questions that ask about a time it happened: they call for one story, not for what one usually does. */
const STORY_QUESTIONS = new Set<Category>(["project", "problem_solving", "teamwork", "strength", "growth"]);
/**
 * "I think I've dealt with a few... usually I'd probably check the logs": hedged or habitual throughout,
 * with no occasion, no figure and no name, the answer tells no story at all. Interviewers rate it below
 * a halting answer that tells one ("there was this one time... the connections were all used up").
 */
const GENERALITIES: CriteriaScores = { specificity: 1, logic: 1, technical: 1, star: 1, communication: 2 };
function talksInGeneralities(f: AnswerFeatures): boolean {
  const general = f.sentences.filter((s) => s.hedges > 0 || s.habitual > 0).length;
  return (
    f.sentences.length >= 2 &&
    general >= 0.6 * f.sentences.length &&
    f.context === 0 &&
    f.quantities === 0 &&
    f.namedTerms.length === 0
  );
}

function capped(scores: CriteriaScores, caps: CriteriaScores): CriteriaScores {
  const entries = Object.entries(scores).map(([k, v]) => [k, Math.min(v, caps[k as keyof CriteriaScores])]);
  return Object.fromEntries(entries) as CriteriaScores;
}

/**
 * The five criteria, 1-5 each, from the answer's features and its STAR breakdown; `category`, the kind of
 * question, when known.
 */
export function scoreCriteria(
  f: AnswerFeatures,
  starScores: StarScores,
  category?: Category,
): CriteriaScores {
  // Declining to answer is the weakest answer there is, below even a rambling attempt.
  if (f.nonAnswer) return { specificity: 1, logic: 1, technical: 1, star: 1, communication: 1 };
  const starTotal = starScores.situation + starScores.task + starScores.action + starScores.result;
  const scores = {
    specificity: toScore(specificity(f)),
    logic: toScore(logic(f, starTotal)),
    technical: toScore(technical(f)),
    star: toScore(star(f, starTotal)),
    communication: toScore(communication(f)),
  };
  if (category && STORY_QUESTIONS.has(category) && !f.looksAhead && talksInGeneralities(f))
    return capped(scores, GENERALITIES);
  return dropsNames(f) || speaksInBuzzwords(f) ? capped(scores, NAME_DROPPING) : scores;
}
