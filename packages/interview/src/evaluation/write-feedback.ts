import type { CriteriaScores, Language, StarScores } from "@studio/protocol";
import type { RelevanceAssessment } from "../relevance/assess-relevance";
import { wantsNoStory } from "./category-expectations";
import type { AnswerFeatures } from "./extract-answer-features";
import { FEEDBACK_RULES, type FeedbackContext } from "./feedback-rules";
import { SUBSTANCE_FIRST, substanceSentences } from "./substance-feedback";

const MAX_FIXES = 2;

interface Strength {
  holds: (c: FeedbackContext) => boolean;
  /** Korean: the linking form ("...했고") and the closing form ("...했습니다"). */
  ko: [string, string];
  en: string;
}

const STRENGTHS: Strength[] = [
  {
    holds: ({ f }) => f.quantifiedResults > 0,
    ko: ["결과를 수치로 제시했고", "결과를 수치로 제시했습니다"],
    en: "you quantified the result",
  },
  {
    holds: ({ f, scores }) => f.selfActions >= 2 && scores.star >= 3,
    ko: ["본인이 직접 한 일이 분명하며", "본인이 직접 한 일이 분명합니다"],
    en: "your own actions are clear",
  },
  {
    holds: ({ f, scores }) => scores.technical >= 4 && f.termListSentences === 0,
    ko: ["기술 개념을 정확한 용어로 설명했고", "기술 개념을 정확한 용어로 설명했습니다"],
    en: "you explain the technology in precise terms",
  },
  {
    holds: ({ f, scores }) => f.connectiveKinds >= 2 && scores.logic >= 4,
    ko: ["흐름이 논리적이며", "흐름이 논리적입니다"],
    en: "the reasoning flows",
  },
];

const NEXT_STEP: Record<Language, string> = {
  ko: "다음 단계로, 검토했던 다른 방법과 비교해 왜 그 방법을 골랐는지 한 문장 덧붙이면 판단력이 더 잘 드러납니다.",
  en: "Next step: add one sentence on the alternative you rejected and why; it shows your judgement.",
};
const WELL_DONE: Record<Language, string> = {
  ko: "질문이 묻는 내용을 근거와 함께 잘 답했습니다. 이 구성을 유지해 보세요.",
  en: "You answered what was asked, with evidence. Keep this structure.",
};

/** For questions that look ahead or close the interview, the next step is tying the answer to this role. */
const NEXT_STEP_AHEAD: Record<Language, string> = {
  ko: "다음 단계로, 이 회사의 제품이나 팀이 하는 일 하나와 직접 연결해 한 문장 덧붙이면 준비한 지원자라는 점이 더 잘 드러납니다.",
  en: "Next step: tie it to one concrete thing this team or product does; it shows you prepared for this role.",
};

/** A question back already about the team: what lifts it is the reason for asking. */
const NEXT_STEP_ASKING: Record<Language, string> = {
  ko: "좋은 질문입니다. 다음 단계로, 왜 그것이 궁금한지(입사하면 어떻게 기여하고 싶은지)를 한 문장 먼저 말하면 질문이 곧 지원 동기가 됩니다.",
  en: "Good questions. Next step: say in one sentence why you ask (how you hope to contribute), so the question also shows your fit.",
};

/** Advice to name an alternative only when the answer compares none ("A 대신 B", "rather than"). */
function nextStep(f: AnswerFeatures): string {
  if (wantsNoStory(f)) return f.asksBack ? NEXT_STEP_ASKING[f.language] : NEXT_STEP_AHEAD[f.language];
  const compares = f.sentences.some((s) => s.contrast > 0);
  return compares ? WELL_DONE[f.language] : NEXT_STEP[f.language];
}

function strengthSentence(c: FeedbackContext): string | null {
  if (c.f.nonAnswer || c.scores.specificity + c.scores.logic + c.scores.communication < 9) return null;
  const [first, second] = STRENGTHS.filter((strength) => strength.holds(c));
  if (!first) return null;
  if (c.f.language === "en") return `Good: ${second ? `${first.en} and ${second.en}` : first.en}.`;
  return `좋은 점: ${second ? `${first.ko[0]} ${second.ko[1]}` : first.ko[1]}.`;
}

/**
 * Feedback in the session language: what already works (if anything), then the one or two fixes that
 * would raise the score most, each with an example of what to say instead.
 */
export function writeFeedback(
  f: AnswerFeatures,
  scores: CriteriaScores,
  star: StarScores,
  substance?: RelevanceAssessment,
): string {
  const substanceFirst = substance?.flags.some((flag) => SUBSTANCE_FIRST.includes(flag)) ?? false;
  const notices = substance ? substanceSentences(substance, f.language) : [];
  if (substanceFirst) return notices.join(" ");
  const c: FeedbackContext = { f, scores, star, text: f.sentences.map((s) => s.text).join(" ") };
  const fixes = FEEDBACK_RULES.filter((rule) => rule.applies(c))
    .slice(0, f.nonAnswer ? 1 : MAX_FIXES)
    .map((rule) => rule.message(c)[f.language]);
  const opening = strengthSentence(c);
  const advice = fixes.length > 0 || notices.length > 0 ? fixes : [nextStep(f)];
  return [opening, ...notices, ...advice].filter(Boolean).join(" ");
}
