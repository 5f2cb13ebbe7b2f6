import type { EvaluationFlag, Language } from "@studio/protocol";
import type { RelevanceAssessment } from "../relevance/assess-relevance";

type Message = Record<Language, string>;

/** What each substance flag tells the candidate, in plain words, before any advice on form. */
const NOTICES: Partial<Record<EvaluationFlag, Message>> = {
  no_content: {
    ko: "평가할 내용이 담긴 답변이 아니에요. 짧더라도 질문에 대한 본인의 생각이나 경험을 한두 문장으로 말해 보세요.",
    en: "There is nothing in this answer to assess. Even briefly, say what you think or what you did in a sentence or two.",
  },
  echoes_question: {
    ko: "질문을 그대로 다시 말씀하셨어요. 질문을 반복하기보다 바로 본인의 답부터 말해 보세요.",
    en: "You read the question back. Skip the restatement and open with your own answer.",
  },
  off_topic: {
    ko: "질문과 다른 내용을 답하셨어요. 질문이 묻는 것에 먼저 답하고, 경험은 그 답을 뒷받침할 때 꺼내 보세요.",
    en: "This answer is about something other than the question. Answer what was asked first, and bring in a story only to support that answer.",
  },
  repeated_answer: {
    ko: "앞선 질문에서 한 답변과 거의 같아요. 같은 이야기를 되풀이하기보다 이 질문에 맞는 다른 사례를 골라 보세요.",
    en: "This is nearly the same answer you gave to an earlier question. Pick a different example that fits this question.",
  },
  language_mismatch: {
    ko: "한국어 면접이에요. 기술 용어는 그대로 쓰되 답변은 한국어로 해 주세요.",
    en: "This interview is in English. Please answer in English; technical terms in another language are fine.",
  },
  blind_hiring_risk: {
    ko: "참고: 출신 학교, 고향, 가족, 나이, 외모 같은 정보는 블라인드 채용에서 묻지도 평가하지도 않아요. 답변에서 빼도 괜찮아요.",
    en: "Note: school names, hometown, family, age and appearance are kept out of fair hiring decisions; you can leave them out.",
  },
};

/** Flags that make advice on form pointless: fix the substance first. */
export const SUBSTANCE_FIRST: readonly EvaluationFlag[] = [
  "no_content",
  "echoes_question",
  "off_topic",
  "repeated_answer",
];

const quotedLabels = (labels: string[]) => labels.map((label) => `'${label}'`).join(", ");

/** Names the talking points the answer missed, at most three, most important (first listed) first. */
function missingPointsSentence(substance: RelevanceAssessment, language: Language): string | null {
  const missing = (substance.talkingPoints ?? []).filter((p) => !p.covered).map((p) => p.label);
  if (missing.length === 0) return null;
  const list = quotedLabels(missing.slice(0, 3));
  return language === "ko"
    ? `이 질문에서 다루면 좋은 내용 중 ${list}이(가) 빠졌어요.`
    : `Worth covering for this question, and missing: ${list}.`;
}

/** The notices for the answer's flags, then the missing talking points. */
export function substanceSentences(substance: RelevanceAssessment, language: Language): string[] {
  const notices = substance.flags.flatMap((flag) => NOTICES[flag]?.[language] ?? []);
  const missing = substance.flags.includes("no_content") ? null : missingPointsSentence(substance, language);
  return [...notices, ...(missing ? [missing] : [])];
}
