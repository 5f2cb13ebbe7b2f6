import type { Category, Evaluation, Language } from "@studio/protocol";
import { questionCategory } from "../relevance/category-models";

export interface PanelLine {
  speakerId: string;
  role: "interviewer" | "candidate" | "observer";
  text: string;
}

/** One candidate's answer: what they said in a row after the latest interviewer question. */
export interface PanelAnswer {
  candidateId: string;
  question: string;
  category: Category;
  text: string;
}

/**
 * The most of one answer that is judged. A hostile participant sending many long lines in a row would
 * otherwise grow one answer without end and have it judged again, slower, every period: once at the cap
 * the answer stops changing, so its judgement is cached like any other.
 */
export const MAX_ANSWER_CHARS = 4000;

const OPENING: Record<Language, string> = {
  ko: "간단히 자기소개를 해 주세요.",
  en: "Please introduce yourself briefly.",
};

/**
 * Reads the transcript as questions and answers: an interviewer's line is the question every candidate
 * line after it answers; one candidate's consecutive lines are one answer. Observers' lines are ignored.
 */
export function panelAnswers(lines: readonly PanelLine[], language: Language): PanelAnswer[] {
  const answers: PanelAnswer[] = [];
  let question = OPENING[language];
  let current: PanelAnswer | null = null;
  for (const line of lines) {
    if (line.role === "interviewer") {
      question = line.text;
      current = null;
    } else if (line.role === "candidate") {
      if (current && current.candidateId === line.speakerId) {
        if (current.text.length < MAX_ANSWER_CHARS)
          current.text = `${current.text} ${line.text}`.slice(0, MAX_ANSWER_CHARS);
        continue;
      }
      current = {
        candidateId: line.speakerId,
        question,
        category: questionCategory(question, language),
        text: line.text.slice(0, MAX_ANSWER_CHARS),
      };
      answers.push(current);
    }
  }
  return answers;
}

export interface JudgedAnswer {
  answer: PanelAnswer;
  evaluation: Evaluation;
}

/** Answers about nothing (off topic, empty, the question read back) tell nothing about any item. */
const HOLLOW = new Set(["off_topic", "no_content", "echoes_question", "language_mismatch"]);
export const isHollow = (e: Evaluation) => (e.flags ?? []).some((flag) => HOLLOW.has(flag));
