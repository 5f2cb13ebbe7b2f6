import { boxOfElement, isLinear, isShape, isText, pointsOf, textOf } from "./element-kinds";
import { areaOf, boxGap, centerOf, contains, distanceToBox, distanceToPolyline } from "./geometry";
import type { SceneElement } from "./scene-schema";

/** A caption this close to a shape (px) is its label. */
export const NEAR_SHAPE = 40;
/** A text this close to an arrow's path (px) is the arrow's label. */
export const NEAR_ARROW = 30;

export interface TextAssignment {
  /** Shape id -> its texts, top to bottom. */
  shapeTexts: Map<string, SceneElement[]>;
  /** Arrow id -> its label texts. */
  arrowTexts: Map<string, SceneElement[]>;
  /** Texts that belong to nothing: free labels or notes. */
  free: SceneElement[];
}

function push(map: Map<string, SceneElement[]>, key: string, value: SceneElement): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Gives every text to what it labels: its container when bound, else the smallest shape it sits in, else a
 * shape it is grouped with, else the nearer of a close arrow or a close shape; the rest stay free.
 */
export function assignTexts(
  elements: readonly SceneElement[],
  byId: Map<string, SceneElement>,
): TextAssignment {
  const shapes = elements.filter(isShape);
  const arrows = elements.filter(isLinear);
  const arrowPaths = new Map(arrows.map((a) => [a.id, pointsOf(a)]));
  const result: TextAssignment = { shapeTexts: new Map(), arrowTexts: new Map(), free: [] };

  for (const text of elements.filter(isText)) {
    if (!textOf(text)) continue;
    const container = text.containerId ? byId.get(text.containerId) : undefined;
    if (container && isShape(container)) push(result.shapeTexts, container.id, text);
    else if (container && isLinear(container)) push(result.arrowTexts, container.id, text);
    else placeFreeText(text, shapes, arrows, arrowPaths, result);
  }
  for (const list of result.shapeTexts.values()) list.sort((a, b) => a.y - b.y || a.x - b.x);
  return result;
}

function placeFreeText(
  text: SceneElement,
  shapes: readonly SceneElement[],
  arrows: readonly SceneElement[],
  arrowPaths: Map<string, ReturnType<typeof pointsOf>>,
  result: TextAssignment,
): void {
  const box = boxOfElement(text);
  const center = centerOf(box);
  let inside: SceneElement | undefined;
  for (const shape of shapes) {
    const shapeBox = boxOfElement(shape);
    if (distanceToBox(center, shapeBox) > 0 || areaOf(shapeBox) < areaOf(box) * 0.5) continue;
    if (!inside || areaOf(shapeBox) < areaOf(boxOfElement(inside))) inside = shape;
  }
  if (inside && !contains(boxOfElement(inside), box) && isArrowLabel(center, arrows, arrowPaths, 0)) {
    inside = undefined; // a label on an arrow that crosses a big box belongs to the arrow
  }
  if (inside) {
    push(result.shapeTexts, inside.id, text);
    return;
  }

  const groupmate = soleGroupedShape(text, shapes);
  if (groupmate) {
    push(result.shapeTexts, groupmate.id, text);
    return;
  }

  let nearShape: SceneElement | undefined;
  let shapeGap = Number.POSITIVE_INFINITY;
  for (const shape of shapes) {
    const gap = boxGap(box, boxOfElement(shape));
    if (gap < shapeGap) [nearShape, shapeGap] = [shape, gap];
  }
  let nearArrow: SceneElement | undefined;
  let arrowGap = Number.POSITIVE_INFINITY;
  for (const arrow of arrows) {
    const gap = distanceToPolyline(center, arrowPaths.get(arrow.id) ?? []);
    if (gap < arrowGap) [nearArrow, arrowGap] = [arrow, gap];
  }
  // A caption right under an unlabelled box is its label, even when an arrow leaves the box through it.
  const captionOfShape = nearShape && shapeGap <= 12 && !hasBoundText(nearShape);
  if (nearArrow && arrowGap <= NEAR_ARROW && arrowGap <= shapeGap + 10 && !captionOfShape) {
    push(result.arrowTexts, nearArrow.id, text);
    return;
  }
  if (nearShape && shapeGap <= NEAR_SHAPE && !hasBoundText(nearShape)) {
    push(result.shapeTexts, nearShape.id, text);
    return;
  }
  result.free.push(text);
}

function isArrowLabel(
  center: ReturnType<typeof centerOf>,
  arrows: readonly SceneElement[],
  paths: Map<string, ReturnType<typeof pointsOf>>,
  slack: number,
): boolean {
  return arrows.some((a) => distanceToPolyline(center, paths.get(a.id) ?? []) <= 12 + slack);
}

/** A shape with its own bound text does not take a neighbour's caption. */
function hasBoundText(shape: SceneElement): boolean {
  return (shape.boundElements ?? []).some((b) => b.type === "text");
}

/** A text grouped with exactly one shape labels that shape (unbound text grouped with its box). */
function soleGroupedShape(text: SceneElement, shapes: readonly SceneElement[]): SceneElement | undefined {
  const groups = text.groupIds ?? [];
  for (const group of groups) {
    const mates = shapes.filter((s) => s.groupIds?.includes(group));
    if (mates.length === 1) return mates[0];
  }
  return undefined;
}
