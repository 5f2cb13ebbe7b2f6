import { LlmError } from "../llm-errors";
import type { ResilientLlm } from "../resilient-llm";
import { extractQuestion } from "./extract-question";
import { defaultInterviewerPrompt } from "./prompts";
import { type QuestionContext, questionMessage } from "./question-context";
import { vetQuestionStream } from "./vet-question-stream";

export interface NextQuestionInput extends QuestionContext {
  /** An administrator's edited interviewer prompt, replacing the built-in one for this language. */
  systemPrompt?: string;
  signal?: AbortSignal;
}

// A question is one or two sentences; the cap also bounds how long a runaway reply can stream.
const QUESTION_MAX_TOKENS = 200;

/**
 * The interviewer's next question, streamed as cleaned text deltas. Throws an `LlmError` when the LLM
 * fails or answers in the wrong language - before the first delta, so the caller can fall back to the
 * rule engine's question unseen. Pass the collected text to `extractQuestion` before storing it.
 */
export function generateNextQuestion(llm: ResilientLlm, input: NextQuestionInput): AsyncIterable<string> {
  const deltas = llm.streamChat({
    system: input.systemPrompt?.trim() || defaultInterviewerPrompt(input.language),
    messages: [{ role: "user", content: questionMessage(input) }],
    signal: input.signal,
    maxTokens: QUESTION_MAX_TOKENS,
    temperature: 0.7,
  });
  return vetQuestionStream(deltas, input.language);
}

/** The whole next question, checked; null when the LLM failed or its question is unusable. */
export async function askNextQuestion(llm: ResilientLlm, input: NextQuestionInput): Promise<string | null> {
  let reply = "";
  try {
    for await (const delta of generateNextQuestion(llm, input)) reply += delta;
  } catch (error) {
    if (error instanceof LlmError) return null;
    throw error;
  }
  return extractQuestion(reply, input.language);
}
