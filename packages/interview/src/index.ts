export * from "./ai-panel";
export {
  type ChooseFocusOptions,
  type ChooseFocusSetOptions,
  chooseFocusQuestions,
  chooseFocusSetQuestions,
} from "./bank/choose-focus-questions";
export {
  type ChooseQuestionsOptions,
  chooseQuestions,
} from "./bank/choose-questions";
export {
  mixResumeQuestions,
  mixResumeShare,
  type PlanWithSource,
  type ResumeQuestionInput,
  type ResumeTopic,
} from "./bank/mix-resume-questions";
export { PACK_FILES, packQuestions } from "./bank/pack-files";
export { findBankQuestion, roleQuestions } from "./bank/question-bank";
export type { BankQuestion, PlannedQuestion } from "./bank/question-bank-schema";
export { type ChoosePackOptions, choosePackQuestions } from "./bank/question-packs";
export * from "./delivery";
export * from "./evaluation";
export { buildEmotionsReport, suggestionsFor } from "./expressions/emotions-report";
export {
  MAX_SAMPLE_SPAN_MS,
  sampleSpans,
  summarizeExpressions,
  topEmotion,
} from "./expressions/expression-summary";
export { type AnsweredQuestion, askedQuestionOrder } from "./expressions/question-order";
export { askedQuestions, currentQuestion, isInterviewDone } from "./flow/current-question";
export {
  followUpId,
  type InterviewQuestion,
  type InterviewState,
  type PlanEntry,
  type RecordedAnswer,
  startInterview,
} from "./flow/interview-state";
export {
  type AnswerStep,
  type AnswerTarget,
  answerTarget,
  type FollowUpDecision,
  nextStep,
  type StepResult,
} from "./flow/next-step";
export * from "./follow-up";
export { evaluatePanel, type PanelEvaluationInput } from "./panel/evaluate-panel";
export { itemProfile } from "./panel/item-profile";
export type { PanelLine } from "./panel/panel-answers";
export { computeProgress } from "./progress/compute-progress";
export type { ProgressAnswer, ProgressSession, ProgressSubmission } from "./progress/progress-input";
export { assessRelevance, type RelevanceAssessment } from "./relevance/assess-relevance";
export { revealsBlindHiringInfo } from "./relevance/blind-hiring";
export { warmCategoryModels } from "./relevance/category-models";
export { warmAssociations } from "./relevance/question-associations";
export { warmSubjectKnowledge } from "./relevance/subject-fit";
export { buildReport } from "./report/build-report";
export { GRADE_THRESHOLDS, gradeFor } from "./report/grade";
export type { BuildReportInput, ReportAnswer } from "./report/report-input";
export * from "./self-intro";
export * from "./setup";
export * from "./text";
