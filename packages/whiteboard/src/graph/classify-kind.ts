import type { ComponentKind } from "@studio/protocol";
import { GENERIC_SERVER_TERMS, KIND_PRIORITY, KIND_TERMS, PRODUCT_NAMES } from "./kind-vocabulary";

interface Term {
  kind: ComponentKind;
  product: boolean;
  text: string;
  pattern: RegExp;
  generic: boolean;
}

interface Match {
  kind: ComponentKind;
  product: boolean;
  start: number;
  end: number;
  length: number;
  generic: boolean;
}

const LATIN = /[a-z0-9]/;
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

/** Hyphens and underscores join words ("load-balancer", "order_db"): labels and terms both read them as spaces. */
const spaced = (text: string) => text.replace(/[-_]+/g, " ");

/** Latin ends need word boundaries ("lb" is not in "elbow"); Korean ends do not ("레디스캐시"). */
function compile(kind: ComponentKind, term: string, generic: boolean): Term {
  const text = spaced(term);
  const left = LATIN.test(text[0] ?? "") ? "(?<![a-z0-9])" : "";
  const right = LATIN.test(text.at(-1) ?? "") ? "(?:e?s)?(?![a-z0-9])" : "";
  return {
    kind,
    text,
    generic,
    product: PRODUCT_NAMES.has(term),
    pattern: new RegExp(`${left}${escapeRegExp(text)}${right}`, "g"),
  };
}

const TERMS: readonly Term[] = [
  ...Object.entries(KIND_TERMS).flatMap(([kind, words]) =>
    words.map((w) => compile(kind as ComponentKind, w, false)),
  ),
  ...[
    "rate limiter",
    "rate limit",
    "rate limiting",
    "throttling",
    "throttle",
    "ratelimiter",
    "throttler",
    "처리율 제한",
    "속도 제한",
    "레이트 리미터",
    "token bucket",
    "leaky bucket",
    "sliding window",
    "fixed window",
    "토큰 버킷",
    "리키 버킷",
    "슬라이딩 윈도우",
  ].map((w) => compile("load_balancer", w, false)),
  ...GENERIC_SERVER_TERMS.map((w) => compile("api_server", w, true)),
];

export function normalizeLabel(label: string): string {
  return label.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();
}

/** Latin-led terms indexed by their first word, so a label only tries the terms its own words start. */
const BY_FIRST_WORD = new Map<string, Term[]>();
const OTHER_TERMS: Term[] = [];
for (const term of TERMS) {
  const first = LATIN.test(term.text[0] ?? "") ? term.text.match(/[a-z0-9]+/)?.[0] : undefined;
  if (!first) OTHER_TERMS.push(term);
  else BY_FIRST_WORD.set(first, [...(BY_FIRST_WORD.get(first) ?? []), term]);
}

function lastMatch(term: Term, text: string, from = 0): Match | undefined {
  term.pattern.lastIndex = from;
  let last: RegExpExecArray | null = null;
  for (let m = term.pattern.exec(text); m; m = term.pattern.exec(text)) last = m;
  if (!last) return undefined;
  const end = last.index + last[0].length;
  return {
    kind: term.kind,
    start: last.index,
    end,
    length: term.text.length,
    generic: term.generic,
    product: term.product,
  };
}

function findMatches(text: string): Match[] {
  const matches: Match[] = [];
  for (const word of text.matchAll(/[a-z0-9]+/g)) {
    const token = word[0];
    const stems = [token, token.replace(/e?s$/, ""), token.replace(/s$/, "")];
    for (const stem of new Set(stems)) {
      for (const term of BY_FIRST_WORD.get(stem) ?? []) {
        const found = lastMatch(term, text, word.index);
        if (found) matches.push(found);
      }
    }
  }
  for (const term of OTHER_TERMS) {
    if (!text.includes(term.text)) continue;
    const found = lastMatch(term, text);
    if (found) matches.push(found);
  }
  return withoutInnerWords(matches);
}

/** A word inside a longer matched word is not meant: "로그" in "블로그", "큐" in "큐레이션", "gateway" in "SMS gateway". */
function withoutInnerWords(matches: Match[]): Match[] {
  return matches.filter(
    (m) =>
      !matches.some(
        (o) => o !== m && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start,
      ),
  );
}

const PRIMARY = /primary|master|replica ?set|프라이머리|마스터|\+|&|주\s?db|원본/;
const ROLE_KINDS = new Set<ComponentKind>(["worker", "replica"]);
const rank = (kind: ComponentKind) => KIND_PRIORITY.indexOf(kind);

/** Head word wins: in both languages the last kind-word names the thing ("Auth DB", "Redis 캐시", "인증 서버"). */
function headOf(matches: Match[]): Match | undefined {
  return [...matches].sort((a, b) => b.end - a.end || b.length - a.length || rank(a.kind) - rank(b.kind))[0];
}

/** The kind a label names, or "other" when no word in it says. */
export function classifyKind(label: string): ComponentKind {
  const kind = classifySpaced(label);
  if (kind !== "other") return kind;
  // Identifiers written in camel case ("OrderService", "ApiGateway"): split only when the label read whole
  // names nothing, since product names are camel case too ("CloudFront" must not become "cloud front").
  const split = label.replace(/([a-z0-9])([A-Z])/g, "$1 $2");
  return split === label ? kind : classifySpaced(split);
}

function classifySpaced(label: string): ComponentKind {
  const text = spaced(normalizeLabel(label)).replace(/\s+/g, " ").trim();
  if (!text) return "other";
  const whole = kindOfText(text);
  const outside = text.replace(/\([^)]*\)?/g, " ").trim();
  if (outside === text || !outside) return whole.kind;
  const named = kindOfText(outside);
  // "Notification worker (consumes SQS)", "Celery worker (Redis broker)": brackets say what a box uses;
  // a product or role word before them says what it is. Plain words before them ("Storage (S3)",
  // "DB (read replica)") are refined by the brackets instead, so those keep the whole label's reading.
  if (named.sure && whole.kind !== "replica") return named.kind;
  if (whole.kind !== "auth") return whole.kind;
  // "파일 API (JWT 검증)", "S3 (SSE-KMS)": an auth word in brackets says what a box checks or how it
  // encrypts, not what it is; the words before the brackets say that. ("인증 (JWT)" stays auth.)
  return named.specific ? named.kind : whole.kind;
}

/**
 * The kind a normalised text names, whether a specific word (not "server", "service") said so, and
 * whether a product name or role word (worker, replica) did, which no qualifier can overrule.
 */
function kindOfText(text: string): { kind: ComponentKind; specific: boolean; sure?: boolean } {
  const matches = findMatches(text);
  const specific = matches.filter((m) => !m.generic);
  const generic = matches.filter((m) => m.generic);
  // "User Service", "기사 위치 서비스": a client word before a generic server word names a server.
  const specificKinds = specific.filter((m) => m.kind !== "client");
  if (specificKinds.length === 0 && generic.length > 0) return { kind: "api_server", specific: false };
  // A product name decides unless a role word follows it ("Kafka consumer" is a worker, "MySQL replica" a replica) that ends the label.
  const product = headOf(specific.filter((m) => m.product));
  const last = headOf(specific);
  const head = last && ROLE_KINDS.has(last.kind) ? last : (product ?? last);
  if (!head) return { kind: "other", specific: false };
  // "Replica DB", "DB (read replica)": a replica word anywhere makes a database a replica.
  // "Primary + Replica" in one box is a replicated database, not a replica.
  const replicaWord = specific.some((m) => m.kind === "replica");
  const databaseWord = specific.some((m) => m.kind === "database");
  if (replicaWord && databaseWord)
    return { kind: PRIMARY.test(text) ? "database" : "replica", specific: true };
  return { kind: head.kind, specific: true, sure: head.product || ROLE_KINDS.has(head.kind) };
}

/** Labels that say there is more than one of something: "x3", "cluster", "Auto Scaling", "3대". */
export function saysRedundant(label: string): boolean {
  return /(?:^|[^a-z])(?:x|×)\s*\d|\d\s*(?:x|×)(?![a-z])|\d+\s*(?:대|개|nodes?|instances?|replicas?|shards?)|cluster|클러스터|auto[\s-]?scal|오토\s?스케일|\basg\b|multi[\s-]?az|다중|이중화|redundan|fleet|pool|샤드|shard|sentinel|replica|replication|slave|standby|복제|레플리카|센티널|ha\b|고가용/.test(
    normalizeLabel(label),
  );
}
