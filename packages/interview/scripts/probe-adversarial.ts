/**
 * Adversarial probe of the rule evaluator with hand-written cases it was not tuned on
 * (scripts/probe-adversarial.cases.ts). Run: `npx tsx packages/interview/scripts/probe-adversarial.ts [--json]`.
 * Prints every failure with its input, scores, flags and relevance, then the failure rate per group.
 */
import type { Category, Evaluation, Language } from "@studio/protocol";
import { evaluateAnswer } from "../src/evaluation/evaluate-answer";
import { decideFollowUp } from "../src/follow-up/decide-follow-up";
import {
  CLAIM_PHRASINGS,
  DEPTH_PHRASINGS,
  MISSING_POINT_PHRASINGS,
  PHRASINGS,
  REDIRECT_PHRASINGS,
} from "../src/follow-up/phrasings";
import { warmCategoryModels } from "../src/relevance/category-models";
import { warmAssociations } from "../src/relevance/question-associations";
import { BLIND, JUNK, MOVED, RESUME_PROJECT, STRONG, TRICKY, VAGUE } from "./probe-adversarial.cases";

warmCategoryModels();
warmAssociations();

interface Input {
  question: string;
  answer: string;
  language: Language;
  category?: Category;
  earlierAnswers?: string[];
}
interface Failure {
  group: string;
  id: string;
  why: string;
  input: Input;
  e: Evaluation;
  extra?: string;
}

const strong = new Map(STRONG.map((s) => [s.id, s]));
const answerOf = (ref: string) => (ref.startsWith("@") ? strong.get(ref.slice(1))!.answer : ref);
const questionOf = (id: string) => {
  const s = strong.get(id)!;
  return { question: s.question, language: s.language, category: s.category };
};
const evaluate = (input: Input) => evaluateAnswer(input);
const flagsOf = (e: Evaluation) => e.flags ?? [];
const has = (e: Evaluation, flag: string) => flagsOf(e).includes(flag as never);

const failures: Failure[] = [];
const counts = new Map<string, { n: number; failed: Set<string> }>();
const seen: { group: string; id: string; input: Input; e: Evaluation }[] = [];
function record(group: string, id: string, input: Input, e: Evaluation, problems: string[], extra?: string) {
  const c = counts.get(group) ?? { n: 0, failed: new Set<string>() };
  if (!c.failed.has(id) && !seen.some((s) => s.group === group && s.id === id)) c.n++;
  seen.push({ group, id, input, e });
  for (const why of problems) {
    c.failed.add(id);
    failures.push({ group, id, why, input, e, extra });
  }
  counts.set(group, c);
}

// 1. Strong on-topic answers.
const ownTotal = new Map<string, number>();
for (const s of STRONG) {
  const input = { question: s.question, answer: s.answer, language: s.language, category: s.category };
  const e = evaluate(input);
  ownTotal.set(s.id, e.total);
  const problems: string[] = [];
  if (has(e, "off_topic")) problems.push("strong on-topic answer flagged off_topic");
  if (e.total < 18) problems.push(`strong answer scored ${e.total}/25 (<18)`);
  record("1 strong", s.id, input, e, problems);
}

// 2. A strong answer given to another question: flagged and >=5 points below its own question's total.
for (const [from, to] of MOVED) {
  const input = { ...questionOf(to), answer: strong.get(from)!.answer };
  const e = evaluate(input);
  const drop = ownTotal.get(from)! - e.total;
  const problems: string[] = [];
  if (!has(e, "off_topic")) problems.push("answer to another question not flagged off_topic");
  if (drop < 5) problems.push(`drop only ${drop} (own ${ownTotal.get(from)} -> moved ${e.total})`);
  const same = strong.get(from)!.category === strong.get(to)!.category ? " same-category" : "";
  record(
    "2 off-topic",
    `${from}->${to}`,
    input,
    e,
    problems,
    `${strong.get(from)!.category}->${strong.get(to)!.category}${same}`,
  );
}

// 3. Vague or partial but on topic: middling, not off topic.
for (const v of VAGUE) {
  const input = { ...questionOf(v.of), answer: v.answer };
  const e = evaluate(input);
  const problems: string[] = [];
  if (has(e, "off_topic")) problems.push("on-topic vague answer flagged off_topic");
  if (e.total > 17) problems.push(`vague answer scored ${e.total} (>17)`);
  if (e.total < 7) problems.push(`partial on-topic answer scored ${e.total} (<7, junk level)`);
  if (ownTotal.get(v.of)! - e.total < 3)
    problems.push(`only ${ownTotal.get(v.of)! - e.total} below the strong answer`);
  record("3 vague", v.id, input, e, problems);
}

// 4. Junk: the expected flag, total <= 8.
for (const j of JUNK) {
  const earlierAnswers = j.earlier?.map((id) => strong.get(id)!.answer);
  const input = { ...questionOf(j.of), answer: answerOf(j.answer), earlierAnswers };
  const e = evaluate(input);
  const problems: string[] = [];
  const substance = ["no_content", "echoes_question", "off_topic", "repeated_answer", "language_mismatch"];
  if (!has(e, j.expect) && !flagsOf(e).some((f) => substance.includes(f) && j.expect === "no_content"))
    problems.push(`${j.kind}: expected ${j.expect}`);
  if (e.total > 8) problems.push(`${j.kind}: scored ${e.total} (>8)`);
  record("4 junk", j.id, input, e, problems, j.kind);
}

// 5. Blind-hiring mentions: flagged, never penalised versus the same answer without them.
for (const b of BLIND) {
  const q = b.of ? questionOf(b.of) : { question: b.question!, language: b.language, category: b.category };
  const base = answerOf(b.base);
  const answer = b.position === "start" ? `${b.mention} ${base}` : `${base} ${b.mention}`;
  const input = { ...q, answer };
  const e = evaluate(input);
  const without = evaluate({ ...q, answer: base });
  const problems: string[] = [];
  if (!has(e, "blind_hiring_risk")) problems.push("mention not flagged blind_hiring_risk");
  if (has(e, "off_topic")) problems.push("flagged off_topic");
  if (without.total - e.total > 1) problems.push(`penalised: ${without.total} without -> ${e.total} with`);
  record("5 blind", b.id, input, e, problems, `without mention: ${without.total}`);
}

// 6. Tricky: negation, hedged real stories, short complete answers, rambling, honest "no, but".
for (const t of TRICKY) {
  const input = {
    question: t.question,
    answer: answerOf(t.answer),
    language: t.language,
    category: t.category,
  };
  const e = evaluate(input);
  const problems: string[] = [];
  if (has(e, "off_topic")) problems.push(`${t.kind}: flagged off_topic`);
  if (has(e, "no_content")) problems.push(`${t.kind}: flagged no_content`);
  if (t.minTotal !== undefined && e.total < t.minTotal)
    problems.push(`${t.kind}: ${e.total} < ${t.minTotal}`);
  if (t.maxTotal !== undefined && e.total > t.maxTotal)
    problems.push(`${t.kind}: ${e.total} > ${t.maxTotal}`);
  record("6 tricky", t.id, input, e, problems, t.kind);
}

// 6b. Resume-based "project" questions about the very story the answer tells: on topic, about its own total.
for (const r of RESUME_PROJECT) {
  const own = strong.get(r.of)!;
  const input = {
    question: r.question,
    answer: own.answer,
    language: own.language,
    category: "project" as const,
  };
  const e = evaluate(input);
  const problems: string[] = [];
  if (has(e, "off_topic")) problems.push(`resume question on the answer's own story flagged off_topic`);
  if (ownTotal.get(r.of)! - e.total > 2)
    problems.push(`${ownTotal.get(r.of)} on its own question -> ${e.total}`);
  record("6b resume-project", r.id, input, e, problems, `${own.category} story`);
}

// 7. Feedback that asks for what is already there, on every answer evaluated above.
const FEEDBACK_CHECKS: { asks: RegExp; present: RegExp; what: string }[] = [
  {
    asks: /결과를 수치로 말해|Put a number on the result/,
    present: /\d+(\.\d+)?\s?(%|ms|초|배|건|명|개|GB|percent|x\b)|from [\d.]+%? to [\d.]+|에서 [\d.]+/,
    what: "asks for a number on the result; the answer gives one",
  },
  {
    asks: /'제가'로 본인이|Say what you did yourself/,
    present: /제가|저는|\bI (\w+ed|wrote|set|ran|built|made|pulled|sat|rolled|found|told|added)\b/,
    what: "asks for own actions; the answer says what I did",
  },
  {
    asks: /언제, 어떤 상황에서|Open with one sentence on when/,
    present:
      /작년|재작년|입사|당시|기존에는|개인 프로젝트|이었는데|last (year|spring|summer)|two years ago|at (an?|our)/i,
    what: "asks for the situation; the answer opens with one",
  },
  {
    asks: /검토했던 다른 방법과 비교|alternative you rejected/,
    present: /대신|않고|instead|rather than|did not use|didn't use|반대했/,
    what: "asks for the rejected alternative; the answer names it",
  },
  {
    asks: /'그래서', '그 결과'|Link your sentences with/,
    present: /그래서|그 결과|because|\bso\b|as a result/,
    what: "asks for connectives; the answer has them",
  },
  {
    asks: /동작 원리와 장단점|mechanism and its trade-off/,
    present: /trade-off|caveat|but need|안전하지만|비용이 있어/,
    what: "asks for the trade-off; the answer states one",
  },
  {
    asks: /답변이 짧습니다|answer is too short/,
    present: /^(?:\S+\s+){45,}/,
    what: "says too short for a 45+ word answer",
  },
];
const feedbackFailures: { id: string; what: string; feedback: string }[] = [];
const checkedFeedback = new Set<string>();
for (const s of seen) {
  const key = `${s.group}:${s.id}`;
  if (checkedFeedback.has(key)) continue;
  checkedFeedback.add(key);
  const fb = s.e.feedback;
  if (/off_topic|no_content|echoes|repeated/.test(flagsOf(s.e).join())) {
    // Substance notices only; still check that an on-topic strong answer is not told it is off topic.
    continue;
  }
  for (const check of FEEDBACK_CHECKS)
    if (check.asks.test(fb) && check.present.test(s.input.answer))
      feedbackFailures.push({ id: s.id, what: check.what, feedback: fb });
}

// 8. Follow-ups: the quoted phrase must be the candidate's own words, whole.
type Tpl = string;
const templates: Tpl[] = [];
const add = (list: readonly string[]) => templates.push(...list);
for (const reason of Object.values(PHRASINGS))
  for (const lang of Object.values(reason)) add([...lang.quoted, ...lang.plain]);
for (const lang of Object.values(DEPTH_PHRASINGS)) add([...lang.quoted, ...lang.plain]);
for (const lang of Object.values(CLAIM_PHRASINGS)) add(lang);
for (const lang of Object.values(MISSING_POINT_PHRASINGS)) add(lang);
for (const lang of Object.values(REDIRECT_PHRASINGS)) add(lang);
const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
function quotedPhrase(text: string): { phrase: string; template: string } | null {
  for (const t of templates) {
    if (!t.includes("{p}")) continue;
    const m = new RegExp(`^${escapeRegex(t).replace("\\{p\\}", "(.+?)")}$`).exec(text);
    if (m) return { phrase: m[1]!, template: t };
  }
  return null;
}
const KO_PARTICLE = /(을|를|이|가|은|는|의|에|에서|으로|로|와|과|도|만|까지|부터|께서|이나|나|랑|이랑)$/;
const EN_BAD_END = /\b(the|a|an|of|to|and|or|with|for|in|on|by|new|old|our|my|very|really|first|each)$/i;
function cutProblem(phrase: string, answer: string, language: Language): string | null {
  if (language === "en") {
    const core = phrase.replace(/^the /, "");
    const at = answer.toLowerCase().indexOf(core.toLowerCase());
    if (at < 0) return `"${phrase}" is not in the answer`;
    const before = answer[at - 1];
    const after = answer[at + core.length];
    if (before && /\w/.test(before)) return `"${phrase}" starts mid-word`;
    if (after && /\w/.test(after)) return `"${phrase}" ends mid-word`;
    if (EN_BAD_END.test(core)) return `"${phrase}" ends on a function word`;
    if (/\b(every|each|last|next) \w+$/i.test(core)) return `"${phrase}" runs into an adverbial`;
    return null;
  }
  const words = phrase.split(" ");
  const last = words.at(-1)!;
  const answerWords = answer.split(/\s+/).map((w) => w.replace(/[.,!?'"()·]/g, ""));
  const at = answerWords.findIndex((w) => w.startsWith(last));
  if (at < 0) return `"${phrase}" is not in the answer`;
  const rest = answerWords[at]!.slice(last.length);
  if (rest && !KO_PARTICLE.test(rest) && !/^(이었|였|입니|이라|이고|인|이에|예요|이죠|들)/.test(rest))
    return `"${phrase}" cuts the word "${answerWords[at]}"`;
  if (!answer.includes(phrase.replace(/^the /, "")) && words.length > 1)
    return `"${phrase}" is not contiguous in the answer`;
  if (/^(보통|그건|그냥|주로|항상|아마)$/.test(words[0]!) && words.length > 1)
    return `"${phrase}" glues an adverb or demonstrative to the noun`;
  const first = answerWords.findIndex(
    (w, i) => w.startsWith(words[0]!) && (words.length === 1 || answerWords[i + 1]?.startsWith(words[1]!)),
  );
  const previous = first > 0 ? answerWords[first - 1]! : "";
  if (
    /^[가-힣]{2,}$/.test(previous) &&
    !/^(우선|먼저|다시|바로|같이|직접|모두|항상|보통|주로|이후|결국)$/.test(previous) &&
    !/(다|요|고|며|서|는|은|한|된|던|을|를|이|가|의|에|도|면|게|지|니|데|로|와|과|죠|까|만|던|인|운|적|랑|들)$/.test(
      previous,
    )
  )
    return `"${phrase}" drops the noun before it ("${previous} ${words[0]}")`;
  return null;
}
const followUps: { id: string; text: string; reason: string; problem: string | null }[] = [];
const askedIds = new Set<string>();
for (const s of seen) {
  const key = `${s.group}:${s.id}`;
  if (askedIds.has(key)) continue;
  askedIds.add(key);
  const f = decideFollowUp({ ...s.input });
  if (!f) continue;
  const q = quotedPhrase(f.text);
  const problem =
    q && q.phrase !== "it" && !q.template.includes("{q}") && f.reason !== "missing_point"
      ? cutProblem(q.phrase, s.input.answer, s.input.language)
      : null;
  const resultThere =
    /(에서|from) [\d.,]+\s?(%|ms|초|건|개|GB)?\s?(으로|로|to)|[\d.]+\s?(%|건|배)|한 건도 없|no \w+ errors|got return offers/.test(
      s.input.answer,
    );
  const asksResult =
    f.reason === "no_result" && resultThere && !/off_topic|no_content|repeated/.test(flagsOf(s.e).join());
  followUps.push({
    id: `${s.group}:${s.id}`,
    text: f.text,
    reason: f.reason,
    problem: problem ?? (asksResult ? "asks for a result the answer gives" : null),
  });
}

// Report.
const short = (text: string, n = 70) => (text.length > n ? `${text.slice(0, n)}…` : text);
const scoreLine = (e: Evaluation) =>
  `S${e.scores.specificity} L${e.scores.logic} T${e.scores.technical} R${e.scores.star} C${e.scores.communication} =${e.total} rel=${e.relevance} [${flagsOf(e).join(",")}]`;

if (process.argv.includes("--json")) {
  console.log(
    JSON.stringify(
      {
        seen: seen.map((s) => ({
          group: s.group,
          id: s.id,
          total: s.e.total,
          scores: s.e.scores,
          flags: s.e.flags,
          relevance: s.e.relevance,
          feedback: s.e.feedback,
        })),
        followUps,
      },
      null,
      1,
    ),
  );
  process.exit(0);
}

console.log("== Failures");
for (const f of failures)
  console.log(
    `[${f.group}] ${f.id}${f.extra ? ` (${f.extra})` : ""}: ${f.why}\n   Q: ${short(f.input.question, 60)}\n   A: ${short(f.input.answer)}\n   -> ${scoreLine(f.e)}`,
  );
console.log("\n== Feedback asking for what is there");
for (const f of feedbackFailures) console.log(`${f.id}: ${f.what}\n   ${f.feedback}`);
console.log("\n== Follow-ups");
for (const f of followUps)
  console.log(
    `${f.problem ? "BAD " : "    "}${f.id} [${f.reason}] ${f.text}${f.problem ? `  <- ${f.problem}` : ""}`,
  );
console.log("\n== Failure rate per group");
for (const [group, c] of [...counts].sort()) console.log(`${group}: ${c.failed.size}/${c.n} failed`);
const feedbackIds = new Set(feedbackFailures.map((f) => f.id));
console.log(
  `7 feedback: ${feedbackIds.size}/${checkedFeedback.size} answers with feedback asking for what is present`,
);
console.log(
  `8 follow-ups: ${followUps.filter((f) => f.problem).length}/${followUps.length} quote a cut fragment or ask for a result that is there (heuristic; read the list)`,
);
