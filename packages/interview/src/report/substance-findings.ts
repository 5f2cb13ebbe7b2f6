import type { EvaluationFlag, Language } from "@studio/protocol";
import type { ReportAnswer } from "./report-input";

/** How many main answers carry each substance flag: the report says why a polished interview scored low. */
export function countFlags(answers: readonly ReportAnswer[]): Partial<Record<EvaluationFlag, number>> {
  const counts: Partial<Record<EvaluationFlag, number>> = {};
  for (const answer of answers) {
    for (const flag of answer.evaluation.flags ?? []) counts[flag] = (counts[flag] ?? 0) + 1;
  }
  return counts;
}

type Wording = Record<Language, (n: number) => string>;

/** One line per flag for the improvements list: what happened, how often, and what to do instead. */
export const FLAG_IMPROVEMENTS: Partial<Record<EvaluationFlag, Wording>> = {
  repeated_answer: {
    ko: (n) =>
      `같은 답변을 ${n}개 질문에 되풀이함 — 질문마다 그 질문이 묻는 것에 맞는 다른 사례를 준비해 보세요`,
    en: (n) =>
      `You gave the same answer to ${n} questions — prepare a different example that fits each question`,
  },
  off_topic: {
    ko: (n) =>
      `질문과 다른 내용을 답한 답변이 ${n}개 — 질문이 묻는 것(이유, 계획, 개념 설명 등)에 먼저 답해 보세요`,
    en: (n) =>
      `${n} ${n === 1 ? "answer was" : "answers were"} about something other than the question — answer what was asked first (a reason, a plan, an explanation)`,
  },
  no_content: {
    ko: (n) => `평가할 내용이 없는 답변이 ${n}개 — 짧더라도 본인의 생각이나 경험을 한두 문장으로 말해 보세요`,
    en: (n) =>
      `${n} ${n === 1 ? "answer" : "answers"} had nothing to assess — even briefly, say what you think or did`,
  },
  echoes_question: {
    ko: (n) => `질문을 그대로 되읽은 답변이 ${n}개 — 질문 반복 없이 바로 답부터 말해 보세요`,
    en: (n) =>
      `${n} ${n === 1 ? "answer" : "answers"} read the question back — open with your answer instead`,
  },
  language_mismatch: {
    ko: (n) => `면접 언어와 다른 언어로 한 답변이 ${n}개 — 면접 언어로 답해 보세요`,
    en: (n) =>
      `${n} ${n === 1 ? "answer was" : "answers were"} in another language than the interview's — answer in the interview's language`,
  },
};

/** The report's sentence on what weighed on the grade, when substance checks flagged answers. */
export function substanceSummary(answers: readonly ReportAnswer[], language: Language): string | null {
  const counts = countFlags(answers);
  const missed = (counts.off_topic ?? 0) + (counts.repeated_answer ?? 0) + (counts.no_content ?? 0);
  if (missed === 0) return null;
  return language === "ko"
    ? `${answers.length}개 답변 중 ${missed}개가 질문에 맞는 답이 아니었거나(다른 주제, 반복, 내용 없음) 앞의 답을 되풀이해 점수가 크게 낮아졌습니다.`
    : `${missed} of ${answers.length} answers did not answer their question (another topic, a repeat, or no content), which pulled the grade down.`;
}

/** A model-answer outline for one question: its talking points in the order a strong answer covers them. */
export function modelOutline(answer: ReportAnswer): string[] {
  return (answer.evaluation.talkingPoints ?? []).map((point) => point.label);
}
