export { AiSdkEngine } from "./ai-sdk-engine";
export { CircuitBreaker } from "./circuit-breaker";
export { createLlmEngine, LlmConfigError } from "./create-llm-engine";
export { createResilientLlm, llmStatus } from "./create-resilient-llm";
export { evaluateWithLlm, type LlmEvaluationInput } from "./interviewer/evaluate-with-llm";
export { extractQuestion, isUsableQuestion, QUESTION_LENGTH } from "./interviewer/extract-question";
export { isInLanguage } from "./interviewer/language-check";
export { askNextQuestion, generateNextQuestion, type NextQuestionInput } from "./interviewer/next-question";
export { defaultInterviewerPrompt } from "./interviewer/prompts";
export { HISTORY_TURNS, type QuestionContext, type QuestionTurn } from "./interviewer/question-context";
export {
  type ReportNarrative,
  type ReportNarrativeInput,
  reportNarrativeSchema,
  writeReportNarrative,
} from "./interviewer/write-report-narrative";
export type { ChatImage, ChatMessage, ChatRequest, LlmEngine, ObjectRequest } from "./llm-engine";
export {
  LlmError,
  type LlmFailureKind,
  LlmInvalidReplyError,
  LlmStreamError,
  LlmTimeoutError,
  LlmUnavailableError,
} from "./llm-errors";
export { DEFAULT_BASE_URLS, type LlmSettings, llmReadsImages, llmSettingsSchema } from "./llm-settings";
export {
  DEFAULT_RESILIENCE,
  type LlmCallEvent,
  type ResilienceOptions,
  ResilientLlm,
  resilienceFromSettings,
  type Timed,
} from "./resilient-llm";
export { generateProblemWithLlm } from "./whiteboard/generate-problem";
export { type DiagramReviewInput, reviewDiagramWithLlm } from "./whiteboard/review-diagram";
