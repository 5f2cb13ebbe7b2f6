import type { Evidence, Language } from "@studio/protocol";
import { splitSentences } from "../text";

const NOTE: Record<Language, (topic: string) => string> = {
  ko: (topic) => `이력서에 적은 '${topic}' 경험과 이어지는 구체적인 답변입니다.`,
  en: (topic) => `Consistent with '${topic}' on the resume, and specific about it.`,
};

/**
 * Evidence that the answer talks about what the candidate's resume says (a project or a skill listed
 * there), quoting the sentence that does; null when the answer mentions none of them.
 */
export function resumeConsistency(
  answer: string,
  language: Language,
  topics: readonly string[],
): Evidence | null {
  const sentences = splitSentences(answer);
  for (const topic of [...topics].sort((a, b) => b.length - a.length)) {
    const needle = topic.toLowerCase();
    if (needle.length < 2) continue;
    const sentence = sentences.find((s) => s.toLowerCase().includes(needle));
    if (sentence)
      return { criterion: "specificity", quote: sentence.slice(0, 160), note: NOTE[language](topic) };
  }
  return null;
}
