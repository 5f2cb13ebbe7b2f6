import type { Category, Language } from "@studio/protocol";
import { expectsStory } from "../evaluation/category-expectations";
import { type AnswerFeatures, extractAnswerFeatures } from "../evaluation/extract-answer-features";
import { concreteness } from "../evaluation/score-criteria";
import type { SentenceFeatures } from "../evaluation/sentence-features";
import { keyPhrase, quoteTerm, teamObjectPhrase } from "./key-phrase";
import { DEPTH_PHRASINGS, type FollowUpReason, PHRASINGS, type Phrasings } from "./phrasings";

export interface FollowUpInput {
  question: string;
  answer: string;
  language: Language;
  category?: Category;
  /** Features already extracted for this answer, to save extracting them again. */
  features?: AnswerFeatures;
}

export interface FollowUp {
  text: string;
  reason: FollowUpReason;
}

/** About two sentences: shorter leaves little to build on unless it is dense with detail. */
const SHORT_ANSWER = 25;
const VERY_SHORT_ANSWER = 12;

interface Finding {
  reason: FollowUpReason;
  phrase: string | null;
  phrasings: Phrasings;
}

const explainsWhy = (s: SentenceFeatures) => s.explanation + s.causal + s.contrast > 0;

/** Technologies too general to ask about on their own. */
const GENERIC_TERMS = new Set([
  "api",
  "backend",
  "frontend",
  "server",
  "database",
  "mobile",
  "web",
  "code",
  "test",
]);

function firstPhrase(
  sentences: SentenceFeatures[],
  language: Language,
  extract: (text: string, language: Language) => string | null = keyPhrase,
): string | null {
  for (const sentence of sentences) {
    const phrase = extract(sentence.text, language);
    if (phrase) return phrase;
  }
  return null;
}

/** The technical term to dig into: one the question also names, else the first the answer names. */
function depthFinding(f: AnswerFeatures, input: FollowUpInput, text: string): Finding {
  const asked = new Set(extractAnswerFeatures({ ...input, answer: input.question }).techTerms);
  const term = f.techTerms.find((t) => asked.has(t)) ?? f.techTerms[0];
  const phrase = term && !f.nonAnswer ? quoteTerm(text, term, f.language) : null;
  return { reason: "too_short", phrase, phrasings: DEPTH_PHRASINGS[f.language] };
}

function tooShort(f: AnswerFeatures, input: FollowUpInput, text: string): Finding | null {
  const short = f.length < VERY_SHORT_ANSWER || (f.length < SHORT_ANSWER && concreteness(f) < 4);
  if (!f.nonAnswer && !short) return null;
  if (f.category === "technical") return depthFinding(f, input, text);
  const phrase = f.nonAnswer ? null : firstPhrase(f.sentences, f.language);
  return { reason: "too_short", phrase, phrasings: PHRASINGS.too_short[f.language] };
}

function noPersonalAction(f: AnswerFeatures): Finding | null {
  if (!expectsStory(f) || f.selfActions > 0 || f.teamActions + f.collective === 0) return null;
  const team = f.sentences.filter((s) => s.action === "team" || s.collective > 0);
  return {
    reason: "no_personal_action",
    phrase: firstPhrase(team, f.language, teamObjectPhrase),
    phrasings: PHRASINGS.no_personal_action[f.language],
  };
}

function noResult(f: AnswerFeatures): Finding | null {
  if (!expectsStory(f) || f.results > 0) return null;
  const acted = f.sentences.filter((s) => s.action !== null).reverse();
  const phrase = firstPhrase(acted.length > 0 ? acted : f.sentences, f.language);
  return { reason: "no_result", phrase, phrasings: PHRASINGS.no_result[f.language] };
}

function longest(terms: string[]): string | undefined {
  return [...terms].sort((a, b) => b.length - a.length)[0];
}

/** A named technology the answer says nothing about: no why, no how, no trade-off. */
function unexplainedTech(f: AnswerFeatures, text: string): Finding | null {
  const named = new Set(f.namedTerms);
  const specific = (term: string) => named.has(term) && !GENERIC_TERMS.has(term);
  const reasoning = f.connectives + f.sentences.reduce((n, s) => n + s.explanation, 0);
  const bare = f.techTerms.filter(
    (term) => specific(term) && f.sentences.every((s) => !s.techTerms.includes(term) || !explainsWhy(s)),
  );
  const listed = f.listedTechTerms.filter((term) => !GENERIC_TERMS.has(term));
  const term = longest(listed.filter(specific)) ?? longest(listed) ?? (reasoning < 3 ? bare[0] : undefined);
  if (!term) return null;
  return {
    reason: "unexplained_tech",
    phrase: quoteTerm(text, term, f.language),
    phrasings: PHRASINGS.unexplained_tech[f.language],
  };
}

function vague(f: AnswerFeatures, input: FollowUpInput, text: string): Finding | null {
  if (concreteness(f) >= 6 || (f.vague < 2 && concreteness(f) >= 3)) return null;
  if (f.category === "technical") return { ...depthFinding(f, input, text), reason: "vague" };
  const sorted = [...f.sentences].sort((a, b) => b.vague - a.vague);
  return { reason: "vague", phrase: firstPhrase(sorted, f.language), phrasings: PHRASINGS.vague[f.language] };
}

/** FNV-1a: the same answer always gets the same phrasing, different answers get different ones. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function phrase(finding: Finding, seed: number): string {
  const { quoted, plain } = finding.phrasings;
  if (!finding.phrase) return plain[seed % plain.length]!;
  return quoted[seed % quoted.length]!.replace("{p}", finding.phrase);
}

/**
 * Decides whether an answer needs a follow-up question and words it as an interviewer would, quoting
 * the candidate's own words. Returns null for an answer with substance: a personal action, a result,
 * concrete detail and explained technology.
 */
export function decideFollowUp(input: FollowUpInput): FollowUp | null {
  const f = input.features ?? extractAnswerFeatures(input);
  const text = f.sentences.map((s) => s.text).join(" ");
  const finding =
    tooShort(f, input, text) ??
    noPersonalAction(f) ??
    noResult(f) ??
    unexplainedTech(f, text) ??
    vague(f, input, text);
  if (!finding) return null;
  return { text: phrase(finding, hash(input.question + input.answer)), reason: finding.reason };
}
