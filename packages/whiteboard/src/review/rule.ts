import type { Component, Finding, Language, ScoreCategory } from "@studio/protocol";
import type { DesignGraph } from "../graph/design-graph";
import type { ReferenceModel } from "../problems/problem";
import { say, type TextKey } from "./messages";

/** One weighed check: `passed` 0..1 of `weight` counts toward its category's score. */
export interface Check {
  category: ScoreCategory;
  weight: number;
  passed: number;
}

export interface RuleContext {
  graph: DesignGraph;
  reference: ReferenceModel;
  lang: Language;
}

/** Findings a rule collects; each names the components it is about. */
export class Review {
  readonly checks: Check[] = [];
  readonly strengths: Finding[] = [];
  readonly weaknesses: Finding[] = [];
  readonly suggestions: Finding[] = [];
  readonly followUps: { question: string; components: string[]; priority: number }[] = [];

  constructor(readonly lang: Language) {}

  check(category: ScoreCategory, weight: number, passed: number): void {
    this.checks.push({ category, weight, passed: Math.max(0, Math.min(1, passed)) });
  }

  private finding(
    code: string,
    category: ScoreCategory,
    key: TextKey,
    about: readonly Component[],
    kind?: string,
  ) {
    return { code, category, text: say(key, this.lang, about, kind), components: about.map((c) => c.id) };
  }

  strength(
    code: string,
    category: ScoreCategory,
    key: TextKey,
    about: readonly Component[],
    kind?: string,
  ): void {
    this.strengths.push(this.finding(code, category, key, about, kind));
  }

  /** A weakness and, when given, the suggestion that fixes it (both about the same components). */
  weakness(
    code: string,
    category: ScoreCategory,
    key: TextKey,
    about: readonly Component[],
    fix?: TextKey,
    kind?: string,
  ): void {
    this.weaknesses.push(this.finding(code, category, key, about, kind));
    if (fix) this.suggestions.push(this.finding(code, category, fix, about, kind));
  }

  suggest(
    code: string,
    category: ScoreCategory,
    key: TextKey,
    about: readonly Component[],
    kind?: string,
  ): void {
    this.suggestions.push(this.finding(code, category, key, about, kind));
  }

  ask(key: TextKey, about: readonly Component[], priority: number): void {
    this.followUps.push({
      question: say(key, this.lang, about),
      components: about.map((c) => c.id),
      priority,
    });
  }
}

export type Rule = (context: RuleContext, review: Review) => void;

const ENCRYPTION_WORDS = /https|tls|ssl|wss|mtls|암호화|encrypt|vpn|private ?link/i;
/** "HTTP (no TLS)", "unencrypted", "평문", "암호화 안 함": naming encryption to say it is missing. */
const NOT_ENCRYPTED =
  /\b(?:no|without|non|w\/o)[\s-]*(?:tls|ssl|https|encrypt)|unencrypt|plain[\s-]*(?:text|http)|평문|(?:미|비)\s*암호화|암호화\s*(?:없|안|x\b|되지|하지|미적용)/i;

/** Labels that say a link is encrypted. */
export const ENCRYPTED = {
  test: (label: string) => ENCRYPTION_WORDS.test(label) && !NOT_ENCRYPTED.test(label),
};
/**
 * Labels that say a request is authenticated; a token bucket is a rate-limiting algorithm, not a
 * credential, and a "session" alone is a chat or game session (a session cookie or token says auth).
 */
export const AUTHENTICATED =
  /auth|jwt|oauth|token(?! ?buckets?)|토큰(?! ?버킷)|인증|서명|signed|api ?key|session[\s-]*(?:cookie|token|key|auth)|세션\s*(?:쿠키|토큰|인증)|cookie|쿠키|login|log[\s-]in|sign[\s-]?in|로그인|iam|cognito|sso/i;
