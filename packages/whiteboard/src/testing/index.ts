export { type DesignSpec, drawDesign, mediocreDesign, poorDesign } from "./design-specs";
export { GOOD_DESIGNS } from "./good-designs";
export { SceneBuilder } from "./scene-builder";
