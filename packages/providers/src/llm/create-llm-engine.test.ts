import { describe, expect, it } from "vitest";
import { createLlmEngine, LlmConfigError } from "./create-llm-engine";
import { createResilientLlm, llmStatus } from "./create-resilient-llm";
import { llmSettingsSchema } from "./llm-settings";

describe("llmSettingsSchema", () => {
  it("defaults to the rule engine and the documented timeouts", () => {
    expect(llmSettingsSchema.parse({})).toMatchObject({
      LLM_PROVIDER: "rules",
      LLM_FIRST_TOKEN_TIMEOUT_MS: 8000,
      LLM_EVALUATION_TIMEOUT_MS: 20_000,
      LLM_BREAKER_THRESHOLD: 3,
      LLM_BREAKER_COOLDOWN_MS: 30_000,
    });
  });

  it("reads environment strings and treats empty values as unset", () => {
    const settings = llmSettingsSchema.parse({
      LLM_PROVIDER: "openai-compatible",
      LLM_BASE_URL: "",
      LLM_MODEL: "qwen2.5:7b",
      LLM_FIRST_TOKEN_TIMEOUT_MS: "5000",
    });
    expect(settings.LLM_BASE_URL).toBeUndefined();
    expect(settings.LLM_FIRST_TOKEN_TIMEOUT_MS).toBe(5000);
  });

  it("spreads into a server's config schema", () => {
    expect(Object.keys(llmSettingsSchema.shape)).toContain("LLM_API_KEY");
  });
});

describe("createLlmEngine", () => {
  const defaults = llmSettingsSchema.parse({});

  it("returns null for the rule engine, and the status says so", () => {
    expect(createLlmEngine(defaults)).toBeNull();
    expect(createResilientLlm(defaults)).toBeNull();
    expect(llmStatus(null)).toMatchObject({ enabled: false, provider: "rules" });
  });

  it("builds an OpenAI-compatible engine aimed at a local Ollama by default", () => {
    const engine = createLlmEngine({ ...defaults, LLM_PROVIDER: "openai-compatible", LLM_MODEL: "llama3.2" });
    expect(engine).toMatchObject({ name: "openai-compatible", model: "llama3.2" });
  });

  it("names what is missing", () => {
    expect(() => createLlmEngine({ ...defaults, LLM_PROVIDER: "anthropic" })).toThrow(LlmConfigError);
    expect(() => createLlmEngine({ ...defaults, LLM_PROVIDER: "anthropic", LLM_MODEL: "claude" })).toThrow(
      /LLM_API_KEY/,
    );
  });

  it("reports an enabled, healthy LLM by its model", () => {
    const llm = createResilientLlm({
      ...defaults,
      LLM_PROVIDER: "anthropic",
      LLM_MODEL: "claude-x",
      LLM_API_KEY: "k",
    });
    expect(llmStatus(llm)).toMatchObject({ enabled: true, provider: "llm:claude-x", degraded: false });
    expect(llmStatus(llm).detail).toContain("anthropic engine, model claude-x");
  });
});
