import { type GeneratedProblem, type GenerateProblemBody, generatedProblemSchema } from "@studio/protocol";
import { isInLanguage } from "../interviewer/language-check";
import { LlmInvalidReplyError } from "../llm-errors";
import type { ResilientLlm } from "../resilient-llm";
import { problemGenerationPrompt } from "./whiteboard-prompts";

/**
 * One new system-design problem in the bank's shape, validated by `generatedProblemSchema` (with the
 * engine's one repair turn). Throws an `LlmError` when the model fails or answers in another language.
 */
export async function generateProblemWithLlm(
  llm: ResilientLlm,
  request: GenerateProblemBody,
  options: { signal?: AbortSignal; timeoutMs?: number } = {},
): Promise<GeneratedProblem> {
  const problem = await llm.generateObject({
    system: problemGenerationPrompt(request.language),
    messages: [
      {
        role: "user",
        content: `Input (JSON):\n${JSON.stringify({ role: request.role, topic: request.topic })}`,
      },
    ],
    schema: generatedProblemSchema,
    signal: options.signal,
    timeoutMs: options.timeoutMs,
    maxTokens: 2500,
    temperature: 0.7,
  });
  if (!isInLanguage(`${problem.title} ${problem.summary}`, request.language)) {
    throw new LlmInvalidReplyError(`the problem is not written in ${request.language}`);
  }
  return problem;
}
