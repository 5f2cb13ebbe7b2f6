export { type AnalyzeOptions, analyzeScene } from "./analyze";
export { classifyKind, normalizeLabel, saysRedundant } from "./graph/classify-kind";
export { DesignGraph } from "./graph/design-graph";
export { findProblem, PROBLEMS } from "./problems/catalog";
export type { Localized, ProblemDefinition, ReferenceModel } from "./problems/problem";
export { problemDetail, problemSummary } from "./problems/problem";
export { GENERAL_REFERENCE, reviewDesign } from "./review/review-design";
export { type DiagramGraph, readScene } from "./scene/read-scene";
export { parseElements, type SceneElement, sceneElementSchema } from "./scene/scene-schema";
