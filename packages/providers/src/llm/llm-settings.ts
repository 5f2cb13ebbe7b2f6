import { optionalString, optionalUrl } from "@studio/protocol";
import { z } from "zod";

const milliseconds = (fallback: number) => z.coerce.number().int().positive().default(fallback);

/**
 * The LLM settings as environment variables. A plain object schema, so the server can spread
 * `llmSettingsSchema.shape` into its own config schema.
 */
export const llmSettingsSchema = z.object({
  LLM_PROVIDER: z.enum(["rules", "openai-compatible", "anthropic"]).default("rules"),
  /** Including the version path: http://127.0.0.1:11434/v1 (Ollama), https://api.openai.com/v1, ... */
  LLM_BASE_URL: optionalUrl,
  LLM_MODEL: optionalString,
  LLM_API_KEY: optionalString,
  /**
   * Whether the model reads images (the whiteboard's diagram is then sent as a PNG): "auto" means yes
   * for Anthropic (every current Claude model does) and no for OpenAI-compatible servers.
   */
  LLM_VISION: z.enum(["auto", "true", "false"]).default("auto"),
  /** Streams (questions): to the first token, retries included, and the longest gap between tokens. */
  LLM_FIRST_TOKEN_TIMEOUT_MS: milliseconds(8000),
  /** Structured output (evaluations): the whole call, retries and the repair turn included. */
  LLM_EVALUATION_TIMEOUT_MS: milliseconds(20_000),
  /** The report narrative, written in a background job, may take longer. */
  LLM_REPORT_TIMEOUT_MS: milliseconds(60_000),
  LLM_MAX_RETRIES: z.coerce.number().int().min(0).max(5).default(2),
  LLM_BREAKER_THRESHOLD: z.coerce.number().int().positive().default(3),
  LLM_BREAKER_COOLDOWN_MS: milliseconds(30_000),
});
export type LlmSettings = z.infer<typeof llmSettingsSchema>;

/** Where each engine listens when LLM_BASE_URL is empty: a local Ollama, Anthropic's API. */
export const DEFAULT_BASE_URLS = {
  "openai-compatible": "http://127.0.0.1:11434/v1",
  anthropic: "https://api.anthropic.com/v1",
} as const;

/** Whether images may be sent to the configured model. */
export function llmReadsImages(settings: Pick<LlmSettings, "LLM_PROVIDER" | "LLM_VISION">): boolean {
  if (settings.LLM_PROVIDER === "rules") return false;
  if (settings.LLM_VISION === "auto") return settings.LLM_PROVIDER === "anthropic";
  return settings.LLM_VISION === "true";
}
