import type { ServiceStatus } from "@studio/protocol";
import { createLlmEngine } from "./create-llm-engine";
import type { LlmSettings } from "./llm-settings";
import { type ResilienceOptions, ResilientLlm, resilienceFromSettings } from "./resilient-llm";

/** The server's one call: the configured LLM with its timeouts, retries and breaker, or null for rules. */
export function createResilientLlm(
  settings: LlmSettings,
  options: Pick<Partial<ResilienceOptions>, "onCall"> = {},
): ResilientLlm | null {
  const engine = createLlmEngine(settings);
  return engine ? new ResilientLlm(engine, { ...resilienceFromSettings(settings), ...options }) : null;
}

/** The `llm` entry of /api/status. */
export function llmStatus(llm: ResilientLlm | null): ServiceStatus {
  return (
    llm?.status() ?? {
      enabled: false,
      provider: "rules",
      detail: "No LLM_PROVIDER set: questions, follow-ups and scores come from the built-in rule engine",
    }
  );
}
