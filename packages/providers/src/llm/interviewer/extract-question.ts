import { splitSentences } from "@studio/interview";
import type { Language } from "@studio/protocol";
import { isInLanguage } from "./language-check";
import { isPreamble, isQuestionLike, stripDecoration } from "./question-shape";

export const QUESTION_LENGTH = { min: 10, max: 300 } as const;
const MAX_SENTENCES = 3;
/** What reasoning models (DeepSeek-R1, Qwen3 on some servers) write before their answer. */
const THINKING = /<think>[\s\S]*?<\/think>/gu;

/**
 * Seed 003's question extraction: from a model's full reply keep only the question - the last
 * question sentence and the sentences that lead into it, without praise, numbering or quotes. Returns
 * null when no usable question is left (too short or long, wrong language), so the rule engine's
 * question is asked instead.
 */
export function extractQuestion(reply: string, language: Language): string | null {
  // Lines first: a list number ("1. ") would otherwise split off as a sentence of its own.
  const lines = reply.replace(THINKING, "").split(/\r?\n/).map(stripDecoration).join("\n");
  const sentences = splitSentences(lines).map(stripDecoration).filter(Boolean);
  const last = sentences.findLastIndex((s) => isQuestionLike(s, language));
  if (last < 0) return null;
  const kept = [sentences[last]!];
  for (let i = last - 1; i >= 0 && kept.length < MAX_SENTENCES; i--) {
    const sentence = sentences[i]!;
    if (isPreamble(sentence, language)) break;
    if ([sentence, ...kept].join(" ").length > QUESTION_LENGTH.max) break;
    kept.unshift(sentence);
  }
  const question = kept.join(" ");
  return isUsableQuestion(question, language) ? question : null;
}

export function isUsableQuestion(question: string, language: Language): boolean {
  const { length } = [...question];
  return length >= QUESTION_LENGTH.min && length <= QUESTION_LENGTH.max && isInLanguage(question, language);
}
