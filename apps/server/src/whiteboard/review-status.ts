import type { ServiceStatus } from "@studio/protocol";
import { type LlmSettings, llmReadsImages, type ResilientLlm } from "@studio/providers";

/**
 * The `whiteboard` entry of /api/status: `enabled` says whether a vision review (the diagram's picture
 * and graph sent to the model) is available; the rules review every diagram either way.
 */
export function whiteboardReviewStatus(settings: LlmSettings, llm: ResilientLlm | null): ServiceStatus {
  if (!llm) {
    return {
      enabled: false,
      provider: "rules",
      detail:
        "Diagrams are reviewed by the built-in rules; no LLM is set, so no vision review and no problem generation",
    };
  }
  const vision = llmReadsImages(settings);
  return {
    enabled: vision,
    provider: `rules+${llm.provider}`,
    degraded: llm.status().degraded,
    detail: vision
      ? "The rules review each diagram; the LLM also sees its picture and graph and adds a review. Problem generation is on"
      : "The rules review each diagram; the LLM reads its graph (not the picture: LLM_VISION is off) and adds a review. Problem generation is on",
  };
}
