import { CRITERIA, type Criterion, type EvaluationFlag, STAR_PARTS, type StarPart } from "@studio/protocol";
import { followUpId } from "../flow/interview-state";
import { answersByTotal, evidenceQuote, type ReportFacts } from "./report-facts";
import { CATEGORY_LABELS, CRITERION_LABELS, formatScore, type Localized, quote } from "./report-labels";
import { reportPace } from "./report-pace";

export const STRENGTH_LIMIT = 5;
/** A criterion averaging at least this (out of 5) is named as a strength. */
export const STRONG_CRITERION = 3.5;
/** A STAR part scoring at least this (out of 25) is named as a strength. */
export const STRONG_STAR_PART = 18;

interface Candidate {
  weight: number;
  text: string;
}

const CRITERION_STRENGTHS: Localized<Record<Criterion, string>> = {
  ko: {
    specificity: "구체적인 사례와 수치로 답변을 뒷받침함",
    logic: "근거를 들어 논리적으로 답변을 전개함",
    technical: "기술 개념을 정확히 이해하고 설명함",
    star: "경험을 상황-과제-행동-결과 순서로 짜임새 있게 전달함",
    communication: "핵심을 명확하고 간결하게 전달함",
  },
  en: {
    specificity: "Backed up answers with concrete examples and numbers",
    logic: "Built answers logically, with reasons leading to a conclusion",
    technical: "Showed an accurate grasp of technical concepts",
    star: "Told experiences in a clear situation-task-action-result order",
    communication: "Got the point across clearly and concisely",
  },
};

const STAR_PART_STRENGTHS: Localized<Record<StarPart, string>> = {
  ko: {
    situation: "당시 상황과 배경을 구체적으로 설명함",
    task: "본인이 맡은 과제와 목표를 분명히 밝힘",
    action: "본인이 직접 한 행동을 구체적으로 설명함",
    result: "행동의 결과까지 분명하게 마무리함",
  },
  en: {
    situation: "Set the scene with concrete context",
    task: "Made your own task and goal clear",
    action: "Described your own actions in detail",
    result: "Closed your stories with a clear result",
  },
};

function withQuote(text: string, cited: string | null | undefined, facts: ReportFacts): string {
  return cited ? `${text}: ${quote(cited, facts.language)}` : text;
}

function criterionStrengths(facts: ReportFacts): Candidate[] {
  return CRITERIA.filter((c) => facts.averages[c] >= STRONG_CRITERION).map((c) => {
    const cited =
      c === "specificity" ? (facts.metricQuote ?? evidenceQuote(facts, c)) : evidenceQuote(facts, c);
    return {
      weight: facts.averages[c],
      text: withQuote(CRITERION_STRENGTHS[facts.language][c], cited, facts),
    };
  });
}

function metricStrength(facts: ReportFacts): Candidate[] {
  if (!facts.metricQuote || facts.averages.specificity >= STRONG_CRITERION) return [];
  const text = facts.language === "ko" ? "결과를 수치로 제시함" : "Quantified your results";
  return [{ weight: 3.6, text: withQuote(text, facts.metricQuote, facts) }];
}

function starStrengths(facts: ReportFacts): Candidate[] {
  return STAR_PARTS.filter((p) => facts.star[p] >= STRONG_STAR_PART).map((p) => ({
    weight: facts.star[p] / 5,
    text: withQuote(STAR_PART_STRENGTHS[facts.language][p], facts.star.sentences[p][0], facts),
  }));
}

function vocabularyStrength(facts: ReportFacts): Candidate[] {
  const terms = facts.keywords.technical.slice(0, 4);
  if (terms.length < 3 || facts.averages.technical < 3) return [];
  const text =
    facts.language === "ko" ? "직무 관련 기술 용어를 적절히 활용함" : "Used relevant technical vocabulary";
  return [{ weight: 3.3, text: `${text}: ${terms.join(", ")}` }];
}

function speechStrengths(facts: ReportFacts): Candidate[] {
  const speech = facts.speech;
  if (!speech) return [];
  const ko = facts.language === "ko";
  const found: Candidate[] = [];
  const reported = reportPace(speech, facts.language);
  if (reported?.verdict === "good") {
    const pace = reported.figure;
    found.push({
      weight: 3.5,
      text: ko ? `말하기 속도가 안정적임(${pace})` : `Spoke at a comfortable pace (${pace})`,
    });
  }
  if (speech.fillersPerAnswer < 1) {
    const rate = formatScore(speech.fillersPerAnswer);
    found.push({
      weight: 3.4,
      text: ko
        ? `군말 없이 깔끔하게 말함(답변당 ${rate}회)`
        : `Spoke with few filler words (${rate} per answer)`,
    });
  }
  if (speech.answersTimed >= 3 && speech.overTimeLimit === 0) {
    found.push({
      weight: 3.2,
      text: ko ? "모든 답변을 제한 시간 안에 마침" : "Kept every answer within the time limit",
    });
  }
  return found;
}

function answerStrengths(facts: ReportFacts): Candidate[] {
  const found: Candidate[] = [];
  const best = answersByTotal(facts).at(-1);
  const ko = facts.language === "ko";
  if (best && best.evaluation.total >= 20) {
    const topic = CATEGORY_LABELS[facts.language][best.category];
    const score = `${best.evaluation.total}/25`;
    found.push({
      weight: best.evaluation.total / 5,
      text: ko
        ? `'${topic}' 질문에 가장 좋은 답변을 함(${score}점)`
        : `Your strongest answer was on ${topic} (${score})`,
    });
  }
  for (const main of facts.mainAnswers) {
    const follow = facts.answers.find((a) => a.questionId === followUpId(main.questionId));
    if (!follow || follow.evaluation.total < main.evaluation.total + 3) continue;
    const topic = CATEGORY_LABELS[facts.language][main.category];
    const change = `${main.evaluation.total} → ${follow.evaluation.total}/25`;
    found.push({
      weight: 3.5,
      text: ko
        ? `꼬리 질문에서 답변을 잘 보완함('${topic}' ${change}점)`
        : `Strengthened your answer under follow-up (${topic}: ${change})`,
    });
  }
  return found;
}

function fallback(facts: ReportFacts): Candidate {
  const best = [...CRITERIA].sort((a, b) => facts.averages[b] - facts.averages[a])[0]!;
  const label = CRITERION_LABELS[facts.language][best];
  const score = formatScore(facts.averages[best]);
  const text =
    facts.language === "ko"
      ? `상대적으로 가장 나은 항목은 ${label}(${score}점)임`
      : `Your relatively strongest criterion was ${label} (${score}/5)`;
  return { weight: 0, text };
}

/** Up to five strengths, strongest first, each with the evidence behind it where there is some. */
const MISSED: readonly EvaluationFlag[] = ["off_topic", "repeated_answer", "no_content", "echoes_question"];

function missedShare(answers: ReportFacts["answers"]): number {
  const missed = answers.filter((a) => a.evaluation.flags?.some((flag) => MISSED.includes(flag)));
  return missed.length / answers.length;
}

export function findStrengths(facts: ReportFacts): string[] {
  if (facts.answers.length === 0) return [];
  // When most answers missed their question, praise for their form would mislead: say nothing instead.
  if (missedShare(facts.answers) > 0.5) return [];
  const candidates = [
    ...criterionStrengths(facts),
    ...metricStrength(facts),
    ...starStrengths(facts),
    ...vocabularyStrength(facts),
    ...speechStrengths(facts),
    ...answerStrengths(facts),
  ].sort((a, b) => b.weight - a.weight);
  const chosen = candidates.length > 0 ? candidates : [fallback(facts)];
  return [...new Set(chosen.map((c) => c.text))].slice(0, STRENGTH_LIMIT);
}
