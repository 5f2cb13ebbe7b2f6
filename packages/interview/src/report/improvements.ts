import { CRITERIA, type Criterion, STAR_PARTS, type StarPart } from "@studio/protocol";
import { answersByTotal, type ReportFacts } from "./report-facts";
import {
  CATEGORY_LABELS,
  CRITERION_LABELS,
  formatDuration,
  formatScore,
  type Localized,
} from "./report-labels";
import { reportPace } from "./report-pace";
import { countFlags, FLAG_IMPROVEMENTS } from "./substance-findings";

export const IMPROVEMENT_LIMIT = 5;
/** A criterion averaging below this (out of 5) needs work. */
export const WEAK_CRITERION = 3.5;
/** A STAR part below this (out of 25, half marks) needs work. */
export const WEAK_STAR_PART = 12.5;
/** Main answers shorter than this on average are called short (Korean syllables / English words). */
export const SHORT_ANSWER = { ko: 100, en: 45 } as const;
export const MANY_FILLERS_PER_ANSWER = 2;

export type ImprovementKey =
  | Criterion
  | StarPart
  | "metrics"
  | "length"
  | "pace"
  | "fillers"
  | "time_limit"
  | "weakest_answer"
  | "substance";

/** An improvement with what it is about (for recommendations) and how much it matters. */
export interface Improvement {
  key: ImprovementKey;
  severity: number;
  text: string;
}

/** [what is wrong, how to fix it] per criterion. */
export const CRITERION_FIXES: Localized<Record<Criterion, [string, string]>> = {
  ko: {
    specificity: ["답변이 추상적인 편임", "실제 사례 하나와 규모·기간·성과 같은 숫자를 넣어 보세요"],
    logic: ["답변의 흐름이 산만함", "결론을 먼저 말하고 근거 2~3개를 순서대로 덧붙여 보세요"],
    technical: ["기술 설명이 얕은 편임", "개념의 정의, 선택한 이유, 대안과의 트레이드오프까지 설명해 보세요"],
    star: ["경험 답변의 구조가 약함", "상황, 과제, 본인의 행동, 결과 순서로 정리해 보세요"],
    communication: ["전달력이 아쉬움", "문장을 짧게 끊고 핵심 메시지를 처음과 끝에 말해 보세요"],
  },
  en: {
    specificity: [
      "Answers stayed abstract",
      "add one real example with numbers such as scale, time or impact",
    ],
    logic: ["Answers wandered", "lead with your conclusion, then give two or three reasons in order"],
    technical: [
      "Technical explanations were shallow",
      "cover what it is, why you chose it and the trade-offs against alternatives",
    ],
    star: [
      "Experience answers lacked structure",
      "walk through the situation, your task, your actions and the result",
    ],
    communication: [
      "Delivery was hard to follow",
      "use shorter sentences and state your key message first and last",
    ],
  },
};

const STAR_PART_FIXES: Localized<Record<StarPart, string>> = {
  ko: {
    situation: "상황 설명이 부족함 — 언제, 어디서, 어떤 문제가 있었는지 한두 문장으로 먼저 설명해 보세요",
    task: "본인이 맡은 과제가 드러나지 않음 — '제 역할은 ~였습니다'처럼 목표와 책임을 밝혀 보세요",
    action: "본인의 행동이 잘 보이지 않음 — '저희'보다 '제가' 무엇을 했는지 구체적으로 말해 보세요",
    result: "결과가 빠져 있음 — 행동 뒤에 무엇이 달라졌는지 수치나 변화로 마무리해 보세요",
  },
  en: {
    situation: "Context was missing — open with a sentence or two on when, where and what the problem was",
    task: "Your own task was unclear — say plainly what your goal and responsibility were",
    action: "Your own actions didn't come through — say what you did, not only what the team did",
    result: "Results were missing — finish each story with what changed, ideally in numbers",
  },
};

function criterionImprovements(facts: ReportFacts): Improvement[] {
  return CRITERIA.filter((c) => facts.averages[c] < WEAK_CRITERION).map((c) => {
    const [problem, fix] = CRITERION_FIXES[facts.language][c];
    const lowest = [...facts.mainAnswers].sort((a, b) => a.evaluation.scores[c] - b.evaluation.scores[c])[0];
    const topic = lowest ? CATEGORY_LABELS[facts.language][lowest.category] : "";
    const where = !lowest
      ? ""
      : facts.language === "ko"
        ? ` (가장 낮은 답변: '${topic}' ${lowest.evaluation.scores[c]}/5점)`
        : ` (lowest: ${topic}, ${lowest.evaluation.scores[c]}/5)`;
    return { key: c, severity: 5 - facts.averages[c], text: `${problem}${where} — ${fix}` };
  });
}

function starImprovements(facts: ReportFacts): Improvement[] {
  return STAR_PARTS.filter((p) => facts.star[p] < WEAK_STAR_PART).map((p) => ({
    key: p,
    severity: ((25 - facts.star[p]) / 25) * 3.5,
    text: STAR_PART_FIXES[facts.language][p],
  }));
}

function contentImprovements(facts: ReportFacts): Improvement[] {
  const ko = facts.language === "ko";
  const found: Improvement[] = [];
  if (!facts.metricQuote) {
    found.push({
      key: "metrics",
      severity: 2.5,
      text: ko
        ? "결과를 수치로 말한 답변이 없음 — '응답 시간을 40% 줄였습니다'처럼 변화를 숫자로 표현해 보세요"
        : "No answer put a number on its result — express the change in numbers, e.g. 'cut response time by 40%'",
    });
  }
  if (facts.averageLength < SHORT_ANSWER[facts.language]) {
    const n = facts.averageLength;
    found.push({
      key: "length",
      severity: 2.6,
      text: ko
        ? `답변이 짧은 편임(평균 ${n}음절) — 상황, 행동, 결과를 담아 3~5문장으로 답해 보세요`
        : `Answers were short (about ${n} words on average) — aim for three to five sentences covering situation, action and result`,
    });
  }
  const weakest = answersByTotal(facts)[0];
  if (weakest && weakest.evaluation.total <= 12) {
    const topic = CATEGORY_LABELS[facts.language][weakest.category];
    const score = `${weakest.evaluation.total}/25`;
    found.push({
      key: "weakest_answer",
      severity: 1.5 + (15 - weakest.evaluation.total) / 5,
      text: ko
        ? `'${topic}' 질문의 답변이 가장 약했음(${score}점) — 같은 질문으로 다시 연습해 보세요`
        : `Your weakest answer was on ${topic} (${score}) — practice that question again`,
    });
  }
  return found;
}

function speechImprovements(facts: ReportFacts): Improvement[] {
  const speech = facts.speech;
  if (!speech) return [];
  const ko = facts.language === "ko";
  const pace = reportPace(speech, facts.language);
  const found: Improvement[] = [];
  if (pace?.verdict === "slow") {
    const text = ko
      ? `말하기 속도가 느린 편임(${pace.figure}) — 문장 사이의 긴 공백을 줄여 ${pace.target}을 목표로 해 보세요`
      : `You spoke slowly (${pace.figure}) — trim long pauses and aim for ${pace.target}`;
    found.push({ key: "pace", severity: 2.2, text });
  }
  if (pace?.verdict === "fast") {
    const text = ko
      ? `말하기 속도가 빠른 편임(${pace.figure}) — 핵심 문장 뒤에 한 박자 쉬며 ${pace.target} 안에서 말해 보세요`
      : `You spoke fast (${pace.figure}) — pause after key sentences and stay within ${pace.target}`;
    found.push({ key: "pace", severity: 2.2, text });
  }
  if (speech.fillersPerAnswer >= MANY_FILLERS_PER_ANSWER) {
    const words = speech.topFillers.slice(0, 2).map((f) => `'${f.word}'`);
    const rate = formatScore(speech.fillersPerAnswer);
    const text = ko
      ? `${words.join(", ")} 같은 군말이 답변당 ${rate}회 나옴 — 말을 시작하기 전 한 박자 멈추고 첫 문장을 정해 두세요`
      : `Filler words such as ${words.join(" and ")} came up ${rate} times per answer — pause for a beat and decide your first sentence before you speak`;
    found.push({ key: "fillers", severity: 1.5 + Math.min(speech.fillersPerAnswer, 4) * 0.3, text });
  }
  if (speech.overTimeLimit > 0) {
    const n = speech.overTimeLimit;
    const limit = formatDuration(speech.timeLimitMs, facts.language);
    const text = ko
      ? `답변 ${n}개가 제한 시간(${limit})을 넘김 — 결론부터 말하고 시간 안에 마무리하는 연습을 해 보세요`
      : `${n} ${n === 1 ? "answer" : "answers"} ran over the ${limit} limit — lead with the conclusion and wrap up in time`;
    found.push({ key: "time_limit", severity: Math.min(2 + 0.3 * n, 3), text });
  }
  return found;
}

/** Answers that missed their question weigh most: nothing else about them matters until that is fixed. */
function substanceImprovements(facts: ReportFacts): Improvement[] {
  const counts = countFlags(facts.answers);
  return Object.entries(FLAG_IMPROVEMENTS).flatMap(([flag, wording]) => {
    const n = counts[flag as keyof typeof counts] ?? 0;
    return n > 0
      ? [{ key: "substance" as const, severity: 4 + n / 2, text: wording[facts.language](n) }]
      : [];
  });
}

function fallback(facts: ReportFacts): Improvement {
  const lowest = [...CRITERIA].sort((a, b) => facts.averages[a] - facts.averages[b])[0]!;
  const label = CRITERION_LABELS[facts.language][lowest];
  const score = formatScore(facts.averages[lowest]);
  const fix = CRITERION_FIXES[facts.language][lowest][1];
  const text =
    facts.language === "ko"
      ? `가장 낮은 항목은 ${label}(${score}점)임 — ${fix}`
      : `Your lowest criterion was ${label} (${score}/5) — ${fix}`;
  return { key: lowest, severity: 0, text };
}

/** Up to five improvements, most important first, each naming the fix. */
export function findImprovements(facts: ReportFacts): Improvement[] {
  if (facts.answers.length === 0) return [];
  const found = [
    ...substanceImprovements(facts),
    ...criterionImprovements(facts),
    ...starImprovements(facts),
    ...contentImprovements(facts),
    ...speechImprovements(facts),
  ].sort((a, b) => b.severity - a.severity);
  return (found.length > 0 ? found : [fallback(facts)]).slice(0, IMPROVEMENT_LIMIT);
}
