export {
  CALIBRATION_TARGETS,
  type CalibrationReport,
  calibrate,
  type LabelledAnswer,
  labelledAnswerSchema,
  naiveScore,
  pairwiseAccuracy,
  ranks,
  spearman,
} from "./calibration";
export { expectsExplanation, expectsReasons, expectsStory } from "./category-expectations";
export { evaluateAnswer } from "./evaluate-answer";
export { type AnswerFeatures, type AnswerInput, extractAnswerFeatures } from "./extract-answer-features";
export { findTechTerms } from "./find-tech-terms";
export { type LabelledSentence, labelStarSentences, scoreStar } from "./label-star";
export { checkResumeClaims, type ResumeClaim } from "./resume-claims";
export { resumeConsistency } from "./resume-consistency";
export { concreteness, scoreCriteria } from "./score-criteria";
export type { SentenceFeatures } from "./sentence-features";
export { capScores, withSubstance } from "./substance-caps";
