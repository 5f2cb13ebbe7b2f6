import type { Language } from "@studio/protocol";
import { splitSentences } from "../text/split-sentences";
import { type IntroLength, introLength } from "./intro-length";
import { INTRO_PATTERNS } from "./intro-patterns";
import { introTips } from "./intro-tips";

export interface SelfIntroInput {
  answer: string;
  language: Language;
  /** How long the spoken answer took, when recorded. */
  durationMs?: number | null;
}

export interface SelfIntroChecks {
  /** The first sentences say who the candidate is (role, field, stage), not only a greeting. */
  opening: boolean;
  /** Sentences backing a strength with a concrete result; one or two is the aim. */
  evidence: number;
  /** A strength is named. */
  strengthNamed: boolean;
  /** The introduction ties itself to the role, team or company. */
  roleLink: boolean;
  /** The last sentence closes: an aspiration, a promise or thanks. */
  closing: boolean;
  /** Reads like the resume recited in order (years, schools, jobs one after another). */
  recital: boolean;
}

export interface SelfIntroAssessment {
  length: IntroLength;
  checks: SelfIntroChecks;
  /** What works, then what to change, in the candidate's language. */
  strengths: string[];
  improvements: string[];
}

const hasDigit = (s: string) => /\d/.test(s);

/**
 * Feedback for a one-minute self-introduction: its length against 60 s, a clear opening identity line,
 * one or two strengths with evidence, the link to the role, a closing line; and whether it merely
 * recites the resume. Sentence-level checks, so a long answer does not pass by naming everything.
 */
export function assessSelfIntro({ answer, language, durationMs }: SelfIntroInput): SelfIntroAssessment {
  const p = INTRO_PATTERNS[language];
  const sentences = splitSentences(answer.trim()).filter((s) => s.trim().length > 0);
  // A greeting may come first: the identity line is one of the first two sentences.
  const opening = sentences.slice(0, 2).some((s) => p.identity.test(s));
  const evidenceSentences = sentences.filter((s) => p.result.test(s) || (hasDigit(s) && p.strength.test(s)));
  const chronology = answer.match(p.chronology)?.length ?? 0;
  const last = sentences.at(-1) ?? "";
  const checks: SelfIntroChecks = {
    opening,
    evidence: evidenceSentences.length,
    strengthNamed: sentences.some((s) => p.strength.test(s)),
    roleLink: sentences.some((s) => p.roleLink.test(s)),
    closing: sentences.length > 1 && p.closing.test(last),
    // Four or more dated steps, or a list of steps with hardly any result among them.
    recital: chronology >= 4 || (chronology >= 3 && evidenceSentences.length <= 1 && sentences.length >= 5),
  };
  const length = introLength(answer, language, durationMs);
  return { length, checks, ...introTips(checks, length, language) };
}
