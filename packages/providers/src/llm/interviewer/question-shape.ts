import type { Language } from "@studio/protocol";

const LABEL = /^(?:[-*•>#]+\s*)?(?:(?:다음\s*)?질문|(?:next\s+)?question|q)\s*\d*\s*[:：]\s*/iu;
const NUMBERING = /^(?:\d{1,2}|[①-⑳])\s*[.)．、]\s+/u;
const WRAPPING = /^["'“”‘’「」『』*`_\s]+|["'“”‘’「」『』*`_\s]+$/gu;

const LEADING_WRAP = /^["'“”‘’「」『』*`_\s]+/u;

/** Removes what models put around a question: list markers, "질문:" / "Question:" labels, quotes, bold. */
export function stripDecoration(sentence: string): string {
  return stripLeadingDecoration(sentence.replace(WRAPPING, "")).replace(WRAPPING, "");
}

/** The same at the start only, for a reply that is still streaming in. */
export function stripLeadingDecoration(text: string): string {
  let rest = text;
  for (let i = 0; i < 3; i++) {
    const before = rest;
    rest = rest.replace(LEADING_WRAP, "").replace(LABEL, "").replace(NUMBERING, "");
    if (rest === before) break;
  }
  return rest;
}

const KO_PREAMBLE =
  /^(?:(?:네|예|아)(?:[,.!\s]|$)|좋|훌륭|감사|고맙|잘\s*들었|알겠|그렇군요|그러셨군요|흥미|인상|멋지|멋진|말씀\s*(?:잘|감사)|충분히|이해했|답변\s*(?:잘|감사)|다음\s*질문)/u;
const EN_PREAMBLE =
  /^(?:great|good|nice|excellent|thanks|thank you|interesting|i see|ok(?:ay)?|got it|understood|wonderful|awesome|perfect|sure|alright|all right|impressive|fantastic|appreciate|that(?:'s| is| was| sounds)|here(?:'s| is) (?:my|the|your) (?:next )?question|next question)\b/iu;

const KO_QUESTION_END = /(?:까|나요|가요|세요|주시겠어요|인지요|는지요|죠)[.!]?$/u;
const EN_REQUEST_START =
  /^(?:please\s+)?(?:tell|describe|explain|walk|share|give|talk|outline|discuss|elaborate|compare|summari[sz]e|list|introduce)\b/iu;

export function isQuestionLike(sentence: string, language: Language): boolean {
  if (/[?？]$/u.test(sentence)) return true;
  return language === "ko" ? KO_QUESTION_END.test(sentence) : EN_REQUEST_START.test(sentence);
}

/** Praise, thanks or acknowledgement that opens a reply ("좋은 답변입니다.", "Great answer!"). */
export function isPreamble(sentence: string, language: Language): boolean {
  return !isQuestionLike(sentence, language) && startsLikePreamble(sentence, language);
}

/** Whether a (possibly unfinished) sentence begins the way praise or thanks begins. */
export function startsLikePreamble(text: string, language: Language): boolean {
  return (language === "ko" ? KO_PREAMBLE : EN_PREAMBLE).test(text);
}
