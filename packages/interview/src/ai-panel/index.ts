export { assignPersonas, bestAsker, speakingOrder } from "./assign-personas";
export { personaVerdicts } from "./persona-verdicts";
export {
  CATEGORY_ASKERS,
  DEFAULT_PANELISTS,
  fitRank,
  ownCategories,
  PERSONAS,
  panelMember,
} from "./personas";
