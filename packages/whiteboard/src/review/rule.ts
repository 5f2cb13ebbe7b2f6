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

/** Labels on connections that say the link is encrypted. */
export const ENCRYPTED = /https|tls|ssl|wss|mtls|암호화|encrypt|vpn|private ?link/i;
/** Labels that say a request is authenticated; a token bucket is a rate-limiting algorithm, not a credential. */
export const AUTHENTICATED =
  /auth|jwt|oauth|token(?! ?buckets?)|토큰(?! ?버킷)|인증|서명|signed|api ?key|session|세션|iam|cognito|sso/i;
