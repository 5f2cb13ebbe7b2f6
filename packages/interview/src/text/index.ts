export { countFillers, countFillerTotal, FILLER_WORDS } from "./fillers";
export { splitSentences } from "./split-sentences";
export { stripParticles } from "./strip-particles";
export { tokenize } from "./tokenize";
