import type { Analysis, Language } from "@studio/protocol";
import type { ProblemDefinition } from "./problems/problem";
import { GENERAL_REFERENCE, reviewDesign } from "./review/review-design";
import { readScene } from "./scene/read-scene";

export interface AnalyzeOptions {
  problem?: ProblemDefinition;
  language?: Language;
}

/** Reads an Excalidraw scene's elements and reviews the design it shows. Pure: no I/O, no clock. */
export function analyzeScene(elements: readonly unknown[], options: AnalyzeOptions = {}): Analysis {
  const lang = options.language ?? "ko";
  const graph = readScene(elements, lang);
  const review = reviewDesign(graph, options.problem?.reference ?? GENERAL_REFERENCE, lang);
  return {
    problemId: options.problem?.id ?? null,
    components: graph.components,
    connections: graph.connections,
    boundaries: graph.boundaries,
    ...review,
    unread: graph.unread,
    provider: "rules",
  };
}
