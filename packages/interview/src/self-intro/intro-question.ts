import type { Language } from "@studio/protocol";
import { findBankQuestion } from "../bank/question-bank";
import type { PlannedQuestion } from "../bank/question-bank-schema";

/** The bank's one-minute self-introduction question: its talking points still score the answer. */
const INTRO_QUESTION_ID: Record<Language, string> = { ko: "ko-general-intro-05", en: "en-general-intro-05" };

/** The single question of a 1분 자기소개 session. */
export function introQuestion(language: Language): PlannedQuestion {
  const question = findBankQuestion(INTRO_QUESTION_ID[language]);
  if (!question) throw new Error(`the bank lost its one-minute introduction question (${language})`);
  return question;
}
