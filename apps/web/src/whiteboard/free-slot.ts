/** Where the palette puts a new component: the first grid slot, from the visible top-left, that no drawn
 * element overlaps (shapes by their box, arrows and lines by their segments). Pure, for unit tests. */

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface SlotGrid {
  /** The first slot's top-left, in scene coordinates. */
  originX: number;
  originY: number;
  columns: number;
  slotWidth: number;
  slotHeight: number;
  /** The shape put in a slot. */
  shapeWidth: number;
  shapeHeight: number;
}

/** Room kept clear around a new shape, so it does not touch a neighbour either. */
const MARGIN = 16;
/** Slots tried before giving up on the grid and going below everything drawn. */
const MAX_SLOTS = 2000;

type Point = readonly [number, number];
interface SceneElement {
  type?: unknown;
  isDeleted?: unknown;
  x?: unknown;
  y?: unknown;
  width?: unknown;
  height?: unknown;
  points?: unknown;
}

const finite = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);

/** An element's outline: a box, or for arrows, lines and pen strokes the segments they are drawn with. */
function outline(raw: unknown): { box: Rect; segments: [Point, Point][] | null } | null {
  const e = raw as SceneElement;
  if (!e || typeof e !== "object" || e.isDeleted === true || !finite(e.x) || !finite(e.y)) return null;
  if (Array.isArray(e.points) && e.points.length > 0) {
    const points = e.points
      .filter((p): p is [number, number] => Array.isArray(p) && finite(p[0]) && finite(p[1]))
      .map(([px, py]) => [(e.x as number) + px, (e.y as number) + py] as const);
    if (points.length === 0) return null;
    const xs = points.map((p) => p[0]);
    const ys = points.map((p) => p[1]);
    const box = { x: Math.min(...xs), y: Math.min(...ys), width: 0, height: 0 };
    box.width = Math.max(...xs) - box.x;
    box.height = Math.max(...ys) - box.y;
    const segments = points.slice(1).map((p, i) => [points[i] as Point, p] as [Point, Point]);
    return { box, segments: segments.length > 0 ? segments : [[points[0] as Point, points[0] as Point]] };
  }
  const width = finite(e.width) ? e.width : 0;
  const height = finite(e.height) ? e.height : 0;
  // Excalidraw keeps sizes positive, but a hand-made scene may not.
  const box = {
    x: Math.min(e.x, e.x + width),
    y: Math.min(e.y, e.y + height),
    width: Math.abs(width),
    height: Math.abs(height),
  };
  return { box, segments: null };
}

const boxesMeet = (a: Rect, b: Rect) =>
  a.x <= b.x + b.width && b.x <= a.x + a.width && a.y <= b.y + b.height && b.y <= a.y + a.height;

/** Whether a segment crosses a rectangle (Liang-Barsky clipping). */
function segmentMeets([[x1, y1], [x2, y2]]: [Point, Point], r: Rect): boolean {
  const dx = x2 - x1;
  const dy = y2 - y1;
  let t0 = 0;
  let t1 = 1;
  const edges: [number, number][] = [
    [-dx, x1 - r.x],
    [dx, r.x + r.width - x1],
    [-dy, y1 - r.y],
    [dy, r.y + r.height - y1],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return false;
  }
  return true;
}

/** The top-left of the first slot free of every element; below all of them when the grid has none. */
export function freeSlot(elements: readonly unknown[], grid: SlotGrid): { x: number; y: number } {
  const outlines = elements.map(outline).filter((o) => o !== null);
  const columns = Math.max(1, Math.floor(grid.columns));
  const taken = (x: number, y: number) => {
    const area = {
      x: x - MARGIN,
      y: y - MARGIN,
      width: grid.shapeWidth + 2 * MARGIN,
      height: grid.shapeHeight + 2 * MARGIN,
    };
    return outlines.some(
      (o) => boxesMeet(o.box, area) && (o.segments === null || o.segments.some((s) => segmentMeets(s, area))),
    );
  };
  for (let n = 0; n < MAX_SLOTS; n++) {
    const x = grid.originX + (n % columns) * grid.slotWidth;
    const y = grid.originY + Math.floor(n / columns) * grid.slotHeight;
    if (!taken(x, y)) return { x, y };
  }
  const bottom = Math.max(grid.originY, ...outlines.map((o) => o.box.y + o.box.height));
  return { x: grid.originX, y: bottom + grid.slotHeight - grid.shapeHeight };
}
