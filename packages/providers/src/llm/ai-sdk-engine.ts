import {
  APICallError,
  generateText,
  type LanguageModel,
  type ModelMessage,
  NoObjectGeneratedError,
  Output,
  streamText,
} from "ai";
import type { ChatMessage, ChatRequest, LlmEngine, ObjectRequest } from "./llm-engine";
import { LlmInvalidReplyError, LlmStreamError } from "./llm-errors";
import { parseJsonReply } from "./parse-json-reply";

const DEFAULT_MAX_TOKENS = 1024;

/**
 * An engine over an AI SDK language model. The SDK speaks the providers' wire formats; its own retries
 * are off (`maxRetries: 0`) because they cannot see our timeout budget - `ResilientLlm` retries instead.
 */
export class AiSdkEngine implements LlmEngine {
  constructor(
    readonly name: string,
    readonly model: string,
    private readonly languageModel: LanguageModel,
    /** The endpoint has a JSON mode (`response_format: json_object`); otherwise the prompt alone asks. */
    private jsonMode: boolean,
  ) {}

  async *streamChat(request: ChatRequest): AsyncIterable<string> {
    const result = streamText({
      ...this.callSettings(request),
      // Errors arrive as stream parts and are thrown below; the default handler would only log them.
      onError: () => {},
    });
    for await (const part of result.fullStream) {
      if (part.type === "text-delta") yield part.text;
      else if (part.type === "error") throw asError(part.error);
      else if (part.type === "abort") throw request.signal?.reason ?? new Error("LLM stream aborted");
    }
  }

  async generateObject<T>(request: ObjectRequest<T>): Promise<T> {
    const reply = await this.completeJson(request, request.messages);
    const first = parseJsonReply(reply, request.schema);
    if (first.ok) return first.value;
    const repairTurn: ChatMessage[] = [
      { role: "assistant", content: reply },
      { role: "user", content: repairInstruction(first.problem) },
    ];
    const repaired = parseJsonReply(
      await this.completeJson(request, [...request.messages, ...repairTurn]),
      request.schema,
    );
    if (repaired.ok) return repaired.value;
    throw new LlmInvalidReplyError(`after one repair turn, ${repaired.problem}`);
  }

  private async completeJson(request: ChatRequest, messages: ChatMessage[]): Promise<string> {
    try {
      return await this.complete(request, messages);
    } catch (error) {
      // Some servers (LM Studio, older llama.cpp) refuse `json_object`: ask by prompt alone from now on.
      if (!this.jsonMode || !refusesJsonMode(error)) throw error;
      this.jsonMode = false;
      return this.complete(request, messages);
    }
  }

  private async complete(request: ChatRequest, messages: ChatMessage[]): Promise<string> {
    try {
      const result = await generateText({
        ...this.callSettings({ ...request, messages }),
        ...(this.jsonMode ? { output: Output.json() } : {}),
      });
      return result.text;
    } catch (error) {
      // JSON mode parses strictly; the text is still ours to read leniently and to repair.
      if (NoObjectGeneratedError.isInstance(error) && error.text !== undefined) return error.text;
      throw error;
    }
  }

  private callSettings(request: ChatRequest) {
    return {
      model: this.languageModel,
      system: request.system,
      messages: request.messages.map(toModelMessage),
      maxRetries: 0,
      abortSignal: request.signal,
      // Always explicit: Anthropic needs a limit, and the SDK warns when it has to guess one.
      maxOutputTokens: request.maxTokens ?? DEFAULT_MAX_TOKENS,
      temperature: request.temperature,
    };
  }
}

/** Text alone, or text then images for a vision model. */
function toModelMessage(message: ChatMessage): ModelMessage {
  if (message.role === "assistant" || !message.images?.length) {
    return { role: message.role, content: message.content };
  }
  return {
    role: "user",
    content: [
      { type: "text", text: message.content },
      ...message.images.map((i) => ({ type: "image" as const, image: i.data, mediaType: i.mediaType })),
    ],
  };
}

function refusesJsonMode(error: unknown): boolean {
  return (
    APICallError.isInstance(error) &&
    error.statusCode === 400 &&
    /response_format|json_object/i.test(`${error.message} ${error.responseBody ?? ""}`)
  );
}

function repairInstruction(problem: string): string {
  return `Your previous reply could not be used: ${problem}. Reply again with only the corrected JSON object, no other text.`;
}

/** In-stream error events arrive as the provider's JSON payload, not as an Error. */
function asError(error: unknown): Error {
  if (error instanceof Error) return error;
  const message = (error as { message?: unknown } | null)?.message;
  return new LlmStreamError(typeof message === "string" ? message : JSON.stringify(error));
}
