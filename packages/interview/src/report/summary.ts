import { CRITERIA, type Grade, STAR_PARTS } from "@studio/protocol";
import type { ReportFacts } from "./report-facts";
import { CRITERION_LABELS, formatScore, STAR_PART_LABELS } from "./report-labels";
import { reportPace } from "./report-pace";
import { substanceSummary } from "./substance-findings";

const PACE_WORDS = {
  ko: { slow: "느린 편이었습니다", good: "적절했습니다", fast: "빠른 편이었습니다" },
  en: { slow: "on the slow side", good: "a comfortable pace", fast: "on the fast side" },
} as const;

function scoreSentence(facts: ReportFacts, grade: Grade): string {
  const n = facts.answers.length;
  const total = formatScore(facts.total);
  return facts.language === "ko"
    ? `${n}개 답변의 평균 점수는 ${total}/25점으로 ${grade}등급입니다.`
    : `Across ${n} ${n === 1 ? "answer" : "answers"} you averaged ${total}/25, grade ${grade}.`;
}

function criteriaSentence(facts: ReportFacts): string {
  const ranked = [...CRITERIA].sort((a, b) => facts.averages[b] - facts.averages[a]);
  const [best, worst] = [ranked[0]!, ranked.at(-1)!];
  const labels = CRITERION_LABELS[facts.language];
  const [high, low] = [formatScore(facts.averages[best]), formatScore(facts.averages[worst])];
  if (facts.language === "ko") {
    if (high === low) return `다섯 항목 모두 ${high}점으로 고른 평가를 받았습니다.`;
    return `가장 좋은 평가를 받은 항목은 ${labels[best]}(${high}점)이고, 가장 보완이 필요한 항목은 ${labels[worst]}(${low}점)입니다.`;
  }
  if (high === low) return `All five criteria scored evenly at ${high}/5.`;
  return `Your strongest criterion was ${labels[best]} (${high}/5) and the one to work on most is ${labels[worst]} (${low}/5).`;
}

function starSentence(facts: ReportFacts): string {
  const weakest = [...STAR_PARTS].sort((a, b) => facts.star[a] - facts.star[b])[0]!;
  const label = STAR_PART_LABELS[facts.language][weakest];
  const total = formatScore(facts.star.total);
  return facts.language === "ko"
    ? `STAR 분석 점수는 ${total}/100점이며, 가장 약한 요소는 ${label}입니다.`
    : `Your STAR score was ${total}/100, weakest on ${label}.`;
}

function speechSentence(facts: ReportFacts): string | null {
  const pace = facts.speech && reportPace(facts.speech, facts.language);
  if (!pace) return null;
  const verdict = PACE_WORDS[facts.language][pace.verdict];
  return facts.language === "ko"
    ? `말하기 속도는 ${pace.figure}로 ${verdict}.`
    : `You spoke at ${pace.figure}, ${verdict}.`;
}

/** A short paragraph: overall score and grade, best and weakest criteria, STAR, and pace if spoken. */
export function summarize(facts: ReportFacts, grade: Grade): string {
  if (facts.answers.length === 0) {
    return facts.language === "ko"
      ? "평가할 답변이 없습니다. 면접을 다시 진행해 주세요."
      : "There were no answers to evaluate. Please run the interview again.";
  }
  const sentences = [
    scoreSentence(facts, grade),
    substanceSummary(facts.answers, facts.language),
    criteriaSentence(facts),
    starSentence(facts),
    speechSentence(facts),
  ];
  return sentences.filter(Boolean).join(" ");
}
