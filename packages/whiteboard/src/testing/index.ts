export { type DesignSpec, drawDesign, mediocreDesign, poorDesign } from "./design-specs";
export { DRAWN_DESIGNS, type DrawnDesign } from "./drawn-designs";
export { GOOD_DESIGNS } from "./good-designs";
export { SceneBuilder } from "./scene-builder";
