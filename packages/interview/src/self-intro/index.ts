export {
  assessSelfIntro,
  type SelfIntroAssessment,
  type SelfIntroChecks,
  type SelfIntroInput,
} from "./assess-self-intro";
export { INTRO_TARGET, type IntroLength, introLength, spokenUnits } from "./intro-length";
export { introQuestion } from "./intro-question";
