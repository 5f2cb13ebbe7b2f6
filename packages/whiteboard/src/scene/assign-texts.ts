import { boxOfElement, isLinear, isShape, isText, pointsOf, textOf } from "./element-kinds";
import {
  areaOf,
  type Box,
  boxGap,
  boxOfPoints,
  centerOf,
  contains,
  distanceToBox,
  distanceToPolyline,
  type Point,
} from "./geometry";
import type { SceneElement } from "./scene-schema";
import type { UnreadNote } from "./unread-notes";

/** A caption this close to a shape (px) is its label. */
export const NEAR_SHAPE = 40;
/** A text right above or below a box that has its own label, this close (px), is a note on that box. */
export const NOTE_GAP = 16;
/** A text this close to an arrow's path (px) is the arrow's label. */
export const NEAR_ARROW = 30;
/**
 * Arrow segments the whole scene may measure against free texts. A real diagram at the 2,000-element limit
 * needs a few tens of thousands; only thousands of texts stacked on thousands of long arrows get here, and
 * then the rest of their labels are reported unread rather than keeping the server busy for seconds.
 */
export const ARROW_SEGMENT_BUDGET = 500_000;

export interface TextAssignment {
  /** Shape id -> its texts, top to bottom. */
  shapeTexts: Map<string, SceneElement[]>;
  /**
   * Shape id -> notes written right under or over a box that already has a label ("x3", "primary +
   * 2 replicas"): they describe the box, they do not rename it.
   */
  shapeNotes: Map<string, SceneElement[]>;
  /** Arrow id -> its label texts. */
  arrowTexts: Map<string, SceneElement[]>;
  /** Texts that belong to nothing: free labels or notes. */
  free: SceneElement[];
  unread: UnreadNote[];
}

interface ArrowPath {
  arrow: SceneElement;
  points: Point[];
  box: Box;
}

/** What every free text is measured against, built once per scene. */
interface Layout {
  shapes: { shape: SceneElement; box: Box }[];
  arrows: ArrowPath[];
  /** Shapes that carry their own bound text. */
  labelled: Set<string>;
  /** Group id -> the shapes in it. */
  groups: Map<string, SceneElement[]>;
  budget: { left: number };
}

function push(map: Map<string, SceneElement[]>, key: string, value: SceneElement): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function layoutOf(elements: readonly SceneElement[]): Layout {
  const shapes = elements.filter(isShape).map((shape) => ({ shape, box: boxOfElement(shape) }));
  const arrows = elements.filter(isLinear).map((arrow) => {
    const points = pointsOf(arrow);
    return { arrow, points, box: boxOfPoints(points) };
  });
  const labelled = new Set<string>();
  const groups = new Map<string, SceneElement[]>();
  for (const { shape } of shapes) {
    if ((shape.boundElements ?? []).some((b) => b.type === "text")) labelled.add(shape.id);
    for (const group of shape.groupIds ?? []) push(groups, group, shape);
  }
  return { shapes, arrows, labelled, groups, budget: { left: ARROW_SEGMENT_BUDGET } };
}

/**
 * Gives every text to what it labels: its container when bound, else the smallest shape it sits in, else a
 * shape it is grouped with, else the nearer of a close arrow or a close shape; the rest stay free.
 */
export function assignTexts(
  elements: readonly SceneElement[],
  byId: Map<string, SceneElement>,
): TextAssignment {
  const layout = layoutOf(elements);
  const result: TextAssignment = {
    shapeTexts: new Map(),
    shapeNotes: new Map(),
    arrowTexts: new Map(),
    free: [],
    unread: [],
  };
  for (const text of elements.filter(isText)) {
    if (!textOf(text)) continue;
    const container = text.containerId ? byId.get(text.containerId) : undefined;
    if (container && isShape(container)) push(result.shapeTexts, container.id, text);
    else if (container && isLinear(container)) push(result.arrowTexts, container.id, text);
    else placeFreeText(text, layout, result);
  }
  for (const list of [...result.shapeTexts.values(), ...result.shapeNotes.values()])
    list.sort((a, b) => a.y - b.y || a.x - b.x);
  if (layout.budget.left < 0) {
    result.unread.push({ code: "dense_labels" });
  }
  return result;
}

/** The arrow nearest `center` within `reach` px, measuring only arrows whose box is that close. */
function nearestArrow(
  center: Point,
  reach: number,
  layout: Layout,
): { arrow: SceneElement; gap: number } | undefined {
  let best: { arrow: SceneElement; gap: number } | undefined;
  for (const path of layout.arrows) {
    if (distanceToBox(center, path.box) > reach) continue;
    layout.budget.left -= Math.max(1, path.points.length - 1);
    if (layout.budget.left < 0) return best;
    const gap = distanceToPolyline(center, path.points);
    if (gap <= reach && (!best || gap < best.gap)) best = { arrow: path.arrow, gap };
  }
  return best;
}

function placeFreeText(text: SceneElement, layout: Layout, result: TextAssignment): void {
  const box = boxOfElement(text);
  const center = centerOf(box);
  let inside: { shape: SceneElement; box: Box } | undefined;
  for (const candidate of layout.shapes) {
    if (distanceToBox(center, candidate.box) > 0 || areaOf(candidate.box) < areaOf(box) * 0.5) continue;
    if (!inside || areaOf(candidate.box) < areaOf(inside.box)) inside = candidate;
  }
  // A label on an arrow that crosses a big box belongs to the arrow.
  if (inside && !contains(inside.box, box) && nearestArrow(center, 12, layout)) inside = undefined;
  if (inside) {
    push(result.shapeTexts, inside.shape.id, text);
    return;
  }
  const groupmate = soleGroupedShape(text, layout);
  if (groupmate) {
    push(result.shapeTexts, groupmate.id, text);
    return;
  }
  // Checked before arrows: an arrow leaving the box downwards runs through the note under it.
  const noted = notedShape(box, layout);
  if (noted) {
    push(result.shapeNotes, noted.id, text);
    return;
  }
  let nearShape: SceneElement | undefined;
  let shapeGap = Number.POSITIVE_INFINITY;
  for (const candidate of layout.shapes) {
    const gap = boxGap(box, candidate.box);
    if (gap < shapeGap) [nearShape, shapeGap] = [candidate.shape, gap];
  }
  const nearArrow = nearestArrow(center, NEAR_ARROW, layout);
  // A caption right under an unlabelled box is its label, even when an arrow leaves the box through it.
  const captionOfShape = nearShape && shapeGap <= 12 && !layout.labelled.has(nearShape.id);
  // A box with its own bound label takes no caption, so a text touching it by an arrow is the arrow's
  // ("JDBC" written over the end of the arrow into "MySQL").
  const shapeTakesIt =
    nearShape && !layout.labelled.has(nearShape.id) && nearArrow && nearArrow.gap > shapeGap + 10;
  if (nearArrow && !shapeTakesIt && !captionOfShape) {
    push(result.arrowTexts, nearArrow.arrow.id, text);
    return;
  }
  if (nearShape && shapeGap <= NEAR_SHAPE && !layout.labelled.has(nearShape.id)) {
    push(result.shapeTexts, nearShape.id, text);
    return;
  }
  result.free.push(text);
}

/** The labelled box a text sits right under or over, centred within the box's width. */
function notedShape(text: Box, layout: Layout): SceneElement | undefined {
  const middle = text.x + text.width / 2;
  for (const { shape, box } of layout.shapes) {
    if (!layout.labelled.has(shape.id) || middle < box.x || middle > box.x + box.width) continue;
    const below = text.y - (box.y + box.height);
    const above = box.y - (text.y + text.height);
    if ((below >= -2 && below <= NOTE_GAP) || (above >= -2 && above <= NOTE_GAP)) return shape;
  }
  return undefined;
}

/** A text grouped with exactly one shape labels that shape (unbound text grouped with its box). */
function soleGroupedShape(text: SceneElement, layout: Layout): SceneElement | undefined {
  for (const group of text.groupIds ?? []) {
    const mates = layout.groups.get(group);
    if (mates?.length === 1) return mates[0];
  }
  return undefined;
}
