import type { Language } from "@studio/protocol";

/**
 * Questions that look ahead or close the interview. They want plans, reasons, a closing word or a question
 * back - a STAR story is neither expected nor missing. Read from the wording, since bank categories mix
 * them with story questions ("growth" holds both "5년 뒤 모습" and "실패에서 배운 점").
 */
export type LookAhead = "questions" | "plans" | "reasons" | "remarks";

/** Checked in this order: "마지막으로 궁금한 점" invites questions before it asks for remarks. */
const LOOK_AHEAD: [LookAhead, RegExp][] = [
  [
    "questions",
    /(궁금한|물어보고 싶|묻고 싶|질문(이|하실|해 주실|있으)|any questions|questions for (us|me)|(want|like) to ask|ask (us|me) anything)/i,
  ],
  [
    "plans",
    /(년 ?뒤|년 ?후|앞으로|입사 ?후|입사하(면|게 되면|신다면)|포부|각오|목표|in (\d+|two|three|five|ten) years|where do you see|long-?term goals?|career goals?|what are your goals)/i,
  ],
  [
    "reasons",
    /(왜 (저를|당신을|지원자를|본인을) (뽑|채용)|뽑아야|채용해야|why should we (hire|choose|pick))/i,
  ],
  [
    "remarks",
    /(마지막으로|하고 싶은 말|덧붙이|anything (else )?(you'?d like|to add)|final (thoughts|words|remarks)|last words|before we (finish|wrap|close|end))/i,
  ],
];

/** Wording that asks for a past occasion after all ("앞으로의 목표를 세웠던 경험"): a story is wanted. */
const ASKS_FOR_PAST =
  /(경험|사례|했던|하셨던|었던|았던|겪은|적이 있|적 있|tell me about a time|a time (when|you)|describe a (situation|time)|have you ever|example of|how did you|what did you do)/i;

export function lookAhead(question: string): LookAhead | undefined {
  if (ASKS_FOR_PAST.test(question)) return undefined;
  return LOOK_AHEAD.find(([, pattern]) => pattern.test(question))?.[0];
}

/** A question the answer asks back: ends in "?" or says it wants to know ("궁금합니다", "I'd like to know"). */
const ASKING: Record<Language, RegExp> = {
  ko: /(\?|궁금합니다|궁금해요|궁금했습니다|알고 싶습니다|알고 싶어요|여쭙고|여쭤|여쭈어|있을까요|인가요|될까요|나요\s*$)/,
  en: /(\?|\bi'?d (like|love) to (know|hear|understand)\b|\bi('m| am) curious\b|\bi was wondering\b|\bcould you (tell|share)\b)/i,
};

export function asksBack(sentence: string, language: Language): boolean {
  return ASKING[language].test(sentence);
}
