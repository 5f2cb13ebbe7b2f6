export { analyzeSource, type NoteLocale } from "./analysis/analyze-source";
export { outputsMatch } from "./compare-output";
export { createSandbox, type Sandbox, type SandboxConfig } from "./create-sandbox";
export { judgeBudgetMs } from "./judge-budget";
export type { RunLimits } from "./limits";
export { loadProblem, loadProblems, type ProblemSet, STARTER_FILES } from "./problems/load-problems";
export type { Problem, ProblemTest } from "./problems/problem";
export { PROBLEMS_DIR } from "./problems/problems-dir";
export { processesOfUid } from "./process-scan";
export {
  InvalidSubmissionError,
  SandboxBusyError,
  SandboxFailure,
  SandboxUnavailableError,
} from "./sandbox-errors";
export { sanitizeText } from "./sanitize-text";
