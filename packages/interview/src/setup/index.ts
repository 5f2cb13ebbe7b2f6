export {
  DIFFICULTY_PROFILES,
  type DifficultyProfile,
  difficultyProfile,
  followUpAllowed,
  poolForDifficulty,
} from "./difficulty";
export {
  INTERVIEW_MINUTES,
  MAX_TIMED_QUESTIONS,
  MIN_TIMED_QUESTIONS,
  questionsForMinutes,
  secondsPerQuestion,
  timedPlan,
  timeIsSpent,
} from "./interview-length";
export { type InterviewSetupChoice, type SetupFollowUpInput, setupFollowUp } from "./setup-follow-up";
export { pauseBefore, STYLE_PAUSES, type StylePauses, stylePauses } from "./style-pauses";
export { PROBE_PHRASINGS, styleFollowUp, styleTransition } from "./style-wording";
