import { type Box, boxOf, type Point } from "./geometry";
import type { SceneElement } from "./scene-schema";

/** Element types drawn as boxes that can stand for a component. */
export const SHAPE_TYPES = new Set(["rectangle", "ellipse", "diamond", "image", "embeddable", "iframe"]);
export const LINEAR_TYPES = new Set(["arrow", "line"]);
export const FRAME_TYPES = new Set(["frame", "magicframe"]);

export const isShape = (e: SceneElement) => SHAPE_TYPES.has(e.type);
export const isText = (e: SceneElement) => e.type === "text";
export const isLinear = (e: SceneElement) => LINEAR_TYPES.has(e.type);
export const isFrame = (e: SceneElement) => FRAME_TYPES.has(e.type);

/** The text as typed: bound text is re-wrapped by Excalidraw, `originalText` is not. */
export function textOf(e: SceneElement): string {
  return (e.originalText ?? e.text ?? "").replace(/\s+/g, " ").trim();
}

/** The absolute points of an arrow or line (its points are relative to x, y). */
export function pointsOf(e: SceneElement): Point[] {
  const points = e.points && e.points.length > 0 ? e.points : [[0, 0] as const, [e.width, e.height] as const];
  return points.map(([px, py]) => ({ x: e.x + Number(px), y: e.y + Number(py) }));
}

export function boxOfElement(e: SceneElement): Box {
  return boxOf(e);
}
