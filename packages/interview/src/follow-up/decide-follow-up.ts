import type { Category, Language } from "@studio/protocol";
import { expectsStory } from "../evaluation/category-expectations";
import { type AnswerFeatures, extractAnswerFeatures } from "../evaluation/extract-answer-features";
import { concreteness } from "../evaluation/score-criteria";
import type { SentenceFeatures } from "../evaluation/sentence-features";
import { containment } from "../relevance/answer-validity";
import { assessRelevance, type RelevanceAssessment } from "../relevance/assess-relevance";
import { isSubjectPoint } from "../relevance/cover-talking-points";
import { keyPhrase, quoteTerm, teamObjectPhrase } from "./key-phrase";
import {
  CLAIM_PHRASINGS,
  DEPTH_PHRASINGS,
  type FollowUpReason,
  MISSING_POINT_PHRASINGS,
  PHRASINGS,
  type Phrasings,
  REDIRECT_PHRASINGS,
} from "./phrasings";
import { selfClaim } from "./self-claim";

export interface FollowUpInput {
  question: string;
  answer: string;
  language: Language;
  category?: Category;
  /** Features already extracted for this answer, to save extracting them again. */
  features?: AnswerFeatures;
  /** The bank question asked, when known: its talking points say what is missing. */
  questionId?: string;
  /** Earlier answers of the interview (to notice a repeat) and follow-ups already asked (never asked again). */
  earlierAnswers?: readonly string[];
  earlierFollowUps?: readonly string[];
  /** The substance checks, when the evaluation already ran them. */
  substance?: RelevanceAssessment;
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

/** One way to say a follow-up, with the template it was filled from. */
interface Wording {
  text: string;
  template: string;
}

/** Wordings for one reason, most fitting first; the first one not asked before is used. */
interface Candidate {
  reason: FollowUpReason;
  texts: Wording[];
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

/** Every wording of a finding, starting at a phrasing chosen by the answer so answers vary. */
function wordings(finding: Finding, seed: number): Wording[] {
  const { quoted, plain } = finding.phrasings;
  const rotate = (list: string[]) => list.map((_, i) => list[(seed + i) % list.length]!);
  const withPhrase = finding.phrase ? fill(rotate(quoted), "{p}", finding.phrase) : [];
  return [...withPhrase, ...fill(rotate(plain), "{p}", "")];
}

const fill = (templates: string[], key: string, value: string): Wording[] =>
  templates.map((template) => ({ text: template.replace(key, value), template }));

/** The answer did not answer: restate the question politely. */
function redirect(input: FollowUpInput, substance: RelevanceAssessment): Candidate | null {
  const missed = ["off_topic", "echoes_question", "repeated_answer"] as const;
  if (!missed.some((flag) => substance.flags.includes(flag))) return null;
  return {
    reason: "off_topic",
    texts: fill(REDIRECT_PHRASINGS[input.language], "{q}", input.question.trim()),
  };
}

/** The most important talking point of the subject that the answer left out, when it covers under half. */
function missingPoint(input: FollowUpInput, substance: RelevanceAssessment): Candidate | null {
  const subject = (substance.talkingPoints ?? []).filter((p) => isSubjectPoint(p.point));
  const missing = subject.filter((p) => !p.covered);
  if (subject.length === 0 || missing.length * 2 <= subject.length) return null;
  const label = input.language === "en" ? lowerFirst(missing[0]!.label) : missing[0]!.label;
  return { reason: "missing_point", texts: fill(MISSING_POINT_PHRASINGS[input.language], "{p}", label) };
}

function lowerFirst(label: string): string {
  return /^[A-Z][a-z]/.test(label) ? label[0]!.toLowerCase() + label.slice(1) : label;
}

/** A claim about oneself with nothing behind it: ask for the time it showed. */
function unsupportedClaim(f: AnswerFeatures, text: string): Candidate | null {
  const claim = selfClaim(text, f.language);
  if (!claim || f.results + f.context > 1 || concreteness(f) >= 6) return null;
  return { reason: "vague", texts: fill(CLAIM_PHRASINGS[f.language], "{p}", claim) };
}

/** The longest fixed part of a template: asked once, it is not said again around another quote. */
function fixedPart(template: string): string {
  return template
    .split(/\{[pq]\}/)
    .map((part) => part.trim())
    .sort((a, b) => b.length - a.length)[0]!;
}

/** Asked already: the same wording, or the same template around another quote or question. */
function askedBefore({ text, template }: Wording, earlier: readonly string[]): boolean {
  const fixed = fixedPart(template);
  return earlier.some(
    (previous) =>
      (fixed.length >= 12 && previous.includes(fixed)) ||
      containment(text, previous) >= 0.6 ||
      containment(previous, text) >= 0.6,
  );
}

function findings(f: AnswerFeatures, input: FollowUpInput, text: string, seed: number): Candidate[] {
  const asCandidate = (finding: Finding | null): Candidate | null =>
    finding && { reason: finding.reason, texts: wordings(finding, seed) };
  const noStory = f.nonAnswer ? null : unsupportedClaim(f, text);
  return [
    noStory,
    asCandidate(tooShort(f, input, text)),
    asCandidate(noPersonalAction(f)),
    asCandidate(noResult(f)),
    asCandidate(unexplainedTech(f, text)),
    asCandidate(vague(f, input, text)),
  ].filter((c): c is Candidate => c !== null);
}

/**
 * Decides whether an answer needs a follow-up question and words it as an interviewer would: a polite
 * redirect when the answer missed the question, else the most important missing talking point or the
 * weakest part of the story, quoting the candidate's own words. Never asks the same thing twice in an
 * interview. Returns null for an answer with substance.
 */
export function decideFollowUp(input: FollowUpInput): FollowUp | null {
  const f = input.features ?? extractAnswerFeatures(input);
  const substance = input.substance ?? assessRelevance(input, f);
  const text = f.sentences.map((s) => s.text).join(" ");
  const seed = hash(input.question + input.answer);
  const candidates = [
    redirect(input, substance),
    ...(substance.flags.includes("no_content") ? [] : [missingPoint(input, substance)]),
    ...findings(f, input, text, seed),
  ].filter((c): c is Candidate => c !== null);
  const earlier = input.earlierFollowUps ?? [];
  for (const candidate of candidates) {
    const fresh = candidate.texts.find((t) => !askedBefore(t, earlier));
    if (fresh) return { text: fresh.text, reason: candidate.reason };
  }
  return null;
}
