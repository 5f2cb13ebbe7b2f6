import type { Language } from "@studio/protocol";
import { LlmInvalidReplyError } from "../llm-errors";
import { isInLanguage } from "./language-check";
import {
  isPreamble,
  isQuestionLike,
  startsLikePreamble,
  stripDecoration,
  stripLeadingDecoration,
} from "./question-shape";

/** A sentence end inside a stream: the terminator and the whitespace after it have both arrived. */
const SENTENCE_END = /[.!?。！？](?=\s)|\n/u;
/** Enough of the opening to tell a label or praise from the question itself. */
const DECIDE_AT_CHARS = 12;
/** A Korean question may open with English terms; this far in without Hangul, it is not Korean. */
const KOREAN_WITHOUT_HANGUL_CHARS = 40;
const HANGUL = /[\u3131-\u318e\uac00-\ud7a3]/u;
const THINKING_START = /^\s*<think>/u;
const THINKING = /^\s*<think>[\s\S]*?<\/think>/u;
const TRAILING_WRAP = /["'“”‘’「」『』*`_\s]+$/u;

/**
 * Streams a question while cleaning it on the way. Only the opening is held back: a few characters, to
 * strip a label, number or quote and to see whether it is praise ("좋은 답변입니다."), which is held to
 * its sentence end and dropped. A reply in the wrong language fails (LlmInvalidReplyError) before
 * anything reaches the candidate. Then tokens pass straight through; closing quotes wait for more text.
 */
export async function* vetQuestionStream(
  deltas: AsyncIterable<string>,
  language: Language,
): AsyncGenerator<string> {
  let held = "";
  let released = false;
  let tail = "";
  for await (const delta of deltas) {
    let text: string;
    if (released) text = tail + delta;
    else {
      const opening = takeOpening(held + delta, language);
      held = opening.held;
      if (opening.release === undefined) continue;
      released = true;
      text = opening.release;
    }
    tail = text.match(TRAILING_WRAP)?.[0] ?? "";
    if (text.length > tail.length) yield text.slice(0, text.length - tail.length);
  }
  if (released) return;
  const last = stripDecoration(held);
  if (!last || isPreamble(last, language)) throw new LlmInvalidReplyError("the reply holds no question");
  if (!isInLanguage(last, language)) throw wrongLanguage(last, language);
  yield last;
}

function takeOpening(held: string, language: Language): { held: string; release?: string } {
  if (THINKING_START.test(held)) {
    const thinking = held.match(THINKING);
    if (!thinking) return { held }; // a reasoning model thinks aloud first: wait for it to finish
    return takeOpening(held.slice(thinking[0].length), language);
  }
  let rest = stripLeadingDecoration(held);
  for (;;) {
    const end = rest.search(SENTENCE_END);
    if (!startsLikePreamble(rest, language)) break;
    if (end < 0) return { held: rest };
    const sentence = stripDecoration(rest.slice(0, end + 1));
    if (isQuestionLike(sentence, language)) break; // "좋은 팀워크란 무엇일까요?" only looked like praise
    rest = stripLeadingDecoration(rest.slice(end + 1));
  }
  const complete = SENTENCE_END.test(rest);
  if (rest.length < DECIDE_AT_CHARS && !complete) return { held: rest };
  if (language === "en" && HANGUL.test(rest)) throw wrongLanguage(rest, language);
  if (language === "ko" && !HANGUL.test(rest)) {
    if (rest.length < KOREAN_WITHOUT_HANGUL_CHARS && !complete) return { held: rest };
    throw wrongLanguage(rest, language);
  }
  return { held: "", release: rest };
}

function wrongLanguage(text: string, language: Language): LlmInvalidReplyError {
  return new LlmInvalidReplyError(
    `the question is not in the session language (${language}): ${text.slice(0, 60)}`,
  );
}
