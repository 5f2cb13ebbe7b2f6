import type { Connection } from "@studio/protocol";
import type { TextAssignment } from "./assign-texts";
import { isLinear, pointsOf, textOf } from "./element-kinds";
import { areaOf, contains, distanceToBox, type Point } from "./geometry";
import type { PlacedComponent } from "./read-components";
import type { SceneElement } from "./scene-schema";
import type { UnreadNote } from "./unread-notes";

/** An unbound arrow end this close to a shape (px) is attached to it. */
export const NEAR_END = 30;

interface Places {
  ids: ReadonlySet<string>;
  components: readonly PlacedComponent[];
  containers: readonly PlacedComponent[];
  byId: Map<string, SceneElement>;
}

/** The component at a point: the smallest one it falls in, else the nearest within reach. */
function componentAt(
  point: Point,
  places: readonly PlacedComponent[],
  except?: string,
): PlacedComponent | undefined {
  let best: PlacedComponent | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const c of places) {
    if (c.id === except) continue;
    const d = distanceToBox(point, c.box);
    if (d > NEAR_END) continue;
    if (d < bestDistance || (d === bestDistance && best && areaOf(c.box) < areaOf(best.box))) {
      [best, bestDistance] = [c, d];
    }
  }
  return best;
}

/**
 * Excalidraw binds an end that comes within a few pixels of a shape's outline, even when the head was drawn
 * on into the next box (a shape that grew around its label reaches further than it was drawn). A head that
 * lies inside another component and outside the bound one points at the one it is in.
 */
function drawnInto(point: Point, boundId: string, places: Places): string | undefined {
  const bound = places.components.find((c) => c.id === boundId);
  if (!bound || distanceToBox(point, bound.box) === 0) return undefined;
  let inside: PlacedComponent | undefined;
  for (const c of places.components) {
    if (c.id === boundId || distanceToBox(point, c.box) > 0) continue;
    if (!inside || areaOf(c.box) < areaOf(inside.box)) inside = c;
  }
  return inside?.id;
}

/** Where an arrow end lands: its binding if it names a component, else what lies under or near the point. */
function resolveEnd(bindingId: string | undefined, point: Point, places: Places): string | undefined {
  const ids = places.ids;
  if (bindingId) {
    const element = places.byId.get(bindingId);
    // Bound to the label inside a box: the box is meant.
    const bound = ids.has(bindingId) ? bindingId : element?.containerId;
    if (bound && ids.has(bound)) return drawnInto(point, bound, places) ?? bound;
  }
  const direct = componentAt(point, places.components);
  if (direct) return direct.id;
  // An arrow to a box around others (a cluster) reaches the member nearest its end.
  const container = componentAt(point, places.containers);
  if (!container) return undefined;
  const members = places.components.filter((c) => contains(container.box, c.box));
  let nearest: PlacedComponent | undefined;
  for (const m of members) {
    if (!nearest || distanceToBox(point, m.box) < distanceToBox(point, nearest.box)) nearest = m;
  }
  return nearest?.id;
}

/** The component near a point other than `not`, when the point lies outside `not`. */
function elsewhere(point: Point, not: string, places: Places): string | undefined {
  const own = places.components.find((c) => c.id === not);
  if (!own || distanceToBox(point, own.box) === 0) return undefined;
  return componentAt(point, places.components, not)?.id;
}

function directionOf(arrow: SceneElement): { direction: Connection["direction"]; reversed: boolean } {
  const isArrow = arrow.type === "arrow";
  // Excalidraw arrows carry an end arrowhead unless the user removed it; a missing field means the default.
  const end = arrow.endArrowhead !== undefined ? arrow.endArrowhead !== null : isArrow;
  const start = arrow.startArrowhead != null;
  if (end && start) return { direction: "both", reversed: false };
  if (start) return { direction: "forward", reversed: true };
  if (end) return { direction: "forward", reversed: false };
  return { direction: "none", reversed: false };
}

/** Arrows and lines between components, with their direction and label; loose ends are reported. */
export function readConnections(
  elements: readonly SceneElement[],
  texts: TextAssignment,
  places: Places,
): { connections: Connection[]; unread: UnreadNote[] } {
  const connections = new Map<string, Connection>();
  const unread: UnreadNote[] = [];
  for (const arrow of elements.filter(isLinear)) {
    const points = pointsOf(arrow);
    const first = points[0] as Point;
    const last = points.at(-1) as Point;
    let start = resolveEnd(arrow.startBinding?.elementId, first, places);
    let end = resolveEnd(arrow.endBinding?.elementId, last, places);
    if (start && start === end) {
      // A box that grew around its label can be nearest to both ends of a short loose arrow; the end drawn
      // outside it, toward its neighbour, means the neighbour.
      if (!arrow.endBinding) end = elsewhere(last, start, places) ?? end;
      else if (!arrow.startBinding) start = elsewhere(first, end, places) ?? start;
    }
    const label = (texts.arrowTexts.get(arrow.id) ?? []).map(textOf).join(" ").trim();
    if (!start || !end) {
      if (arrow.type === "arrow" || label) {
        const loose = !start && !end ? "both" : !start ? "start" : "end";
        unread.push({ elementId: arrow.id, code: "loose_arrow", params: { end: loose } });
      }
      continue;
    }
    if (start === end) continue;
    const { direction, reversed } = directionOf(arrow);
    const [from, to] = reversed ? [end, start] : [start, end];
    const key = `${from}->${to}`;
    const existing = connections.get(key);
    if (existing) {
      if (label) existing.label = existing.label ? `${existing.label}, ${label}` : label;
      continue;
    }
    connections.set(key, { from, to, id: arrow.id, direction, ...(label ? { label } : {}) });
  }
  return { connections: [...connections.values()], unread };
}
