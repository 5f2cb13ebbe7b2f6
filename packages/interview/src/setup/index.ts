export {
  DIFFICULTY_PROFILES,
  type DifficultyProfile,
  difficultyProfile,
  followUpAllowed,
  poolForDifficulty,
} from "./difficulty";
export { type InterviewSetupChoice, type SetupFollowUpInput, setupFollowUp } from "./setup-follow-up";
export { PROBE_PHRASINGS, styleFollowUp, styleTransition } from "./style-wording";
