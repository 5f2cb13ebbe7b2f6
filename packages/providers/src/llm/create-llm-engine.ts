import { createAnthropic } from "@ai-sdk/anthropic";
import { createOpenAICompatible } from "@ai-sdk/openai-compatible";
import { AiSdkEngine } from "./ai-sdk-engine";
import type { LlmEngine } from "./llm-engine";
import { DEFAULT_BASE_URLS, type LlmSettings } from "./llm-settings";

export class LlmConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "LlmConfigError";
  }
}

type EngineSettings = Pick<LlmSettings, "LLM_PROVIDER" | "LLM_BASE_URL" | "LLM_MODEL" | "LLM_API_KEY">;

/** The configured engine, or null for `LLM_PROVIDER=rules`. Throws `LlmConfigError` when settings are missing. */
export function createLlmEngine(settings: EngineSettings): LlmEngine | null {
  const provider = settings.LLM_PROVIDER;
  if (provider === "rules") return null;
  const model = settings.LLM_MODEL;
  if (!model) throw new LlmConfigError(`LLM_MODEL must be set when LLM_PROVIDER=${provider}`);
  const baseURL = settings.LLM_BASE_URL ?? DEFAULT_BASE_URLS[provider];
  if (provider === "anthropic") {
    if (!settings.LLM_API_KEY)
      throw new LlmConfigError("LLM_API_KEY must be set when LLM_PROVIDER=anthropic");
    const anthropic = createAnthropic({ baseURL, apiKey: settings.LLM_API_KEY });
    // No JSON mode in the Messages API: the prompt asks for JSON and the reply is parsed leniently.
    return new AiSdkEngine(provider, model, anthropic.messages(model), false);
  }
  const openAi = createOpenAICompatible({ name: provider, baseURL, apiKey: settings.LLM_API_KEY });
  return new AiSdkEngine(provider, model, openAi.chatModel(model), true);
}
