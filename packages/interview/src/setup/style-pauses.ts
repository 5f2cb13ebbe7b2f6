import type { InterviewerStyle } from "@studio/protocol";

/** How long the interviewer waits, after the candidate's answer is in, before it speaks again. */
export interface StylePauses {
  /** Before the next main question: a friendly interviewer lets the answer settle, pressure moves on. */
  beforeQuestionMs: number;
  /** Before a follow-up on the answer just given: pressure comes back at once, friendly gently. */
  beforeFollowUpMs: number;
}

/**
 * Pauses per interviewer style. 친절 takes its time and leaves a breath after each answer (closer to a
 * human listener nodding); 중립 keeps a short conversational gap; 압박 answers almost at once, which
 * is part of the pressure. The voice room waits this long before it announces and says the question.
 */
export const STYLE_PAUSES: Record<InterviewerStyle, StylePauses> = {
  friendly: { beforeQuestionMs: 1200, beforeFollowUpMs: 900 },
  neutral: { beforeQuestionMs: 600, beforeFollowUpMs: 400 },
  pressure: { beforeQuestionMs: 150, beforeFollowUpMs: 0 },
};

export const stylePauses = (style: InterviewerStyle = "neutral"): StylePauses => STYLE_PAUSES[style];

/** The pause before `question` for this style: a follow-up's, or a main question's. */
export function pauseBefore(style: InterviewerStyle, question: { followUp?: boolean }): number {
  const pauses = stylePauses(style);
  return question.followUp ? pauses.beforeFollowUpMs : pauses.beforeQuestionMs;
}
