import { type LlmSettings, llmSettingsSchema } from "../llm-settings";
import type { FakeLlmServer } from "./fake-llm-server";

export const FAKE_MODEL = "fake-model";

/** LLM settings that point the engine at a fake server; the defaults, apart from `overrides`. */
export function fakeLlmSettings(server: FakeLlmServer, overrides: Partial<LlmSettings> = {}): LlmSettings {
  return {
    ...llmSettingsSchema.parse({}),
    LLM_PROVIDER: server.wire === "openai" ? "openai-compatible" : "anthropic",
    LLM_BASE_URL: server.baseUrl,
    LLM_MODEL: FAKE_MODEL,
    LLM_API_KEY: "test-key",
    ...overrides,
  };
}
