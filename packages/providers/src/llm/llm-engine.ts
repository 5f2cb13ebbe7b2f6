import type { z } from "zod";

/** A picture sent with a user message to a vision-capable model (base64, no data: prefix). */
export interface ChatImage {
  data: string;
  mediaType: "image/png" | "image/jpeg" | "image/webp";
}

export interface ChatMessage {
  role: "user" | "assistant";
  content: string;
  /** User messages only; the engine sends them as image parts after the text. */
  images?: ChatImage[];
}

export interface ChatRequest {
  system: string;
  messages: ChatMessage[];
  signal?: AbortSignal;
  maxTokens?: number;
  temperature?: number;
}

export interface ObjectRequest<T> extends ChatRequest {
  /** Validates the reply; the JSON shape itself is described to the model in the prompt. */
  schema: z.ZodType<T>;
}

/** One LLM behind one small interface; the resilience (timeouts, retries, breaker) sits on top. */
export interface LlmEngine {
  /** "openai-compatible" | "anthropic" */
  readonly name: string;
  readonly model: string;
  /** The reply's text deltas, as the model produces them. */
  streamChat(request: ChatRequest): AsyncIterable<string>;
  /** A JSON reply validated by `schema`, with one repair turn when it is malformed. */
  generateObject<T>(request: ObjectRequest<T>): Promise<T>;
}
