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
    // One pass, no intermediate arrays: a scene may hold thousands of points.
    const points: Point[] = [];
    let [minX, minY, maxX, maxY] = [Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY, -Infinity, -Infinity];
    for (const p of e.points as unknown[]) {
      if (!Array.isArray(p) || !finite(p[0]) || !finite(p[1])) continue;
      const x = e.x + p[0];
      const y = e.y + p[1];
      points.push([x, y]);
      minX = Math.min(minX, x);
      minY = Math.min(minY, y);
      maxX = Math.max(maxX, x);
      maxY = Math.max(maxY, y);
    }
    const [first] = points;
    if (!first) return null;
    const segments: [Point, Point][] = [];
    for (let i = 1; i < points.length; i++) segments.push([points[i - 1] as Point, points[i] as Point]);
    return {
      box: { x: minX, y: minY, width: maxX - minX, height: maxY - minY },
      segments: segments.length > 0 ? segments : [[first, first]],
    };
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

/** Whether a segment crosses a rectangle (Liang-Barsky clipping; no allocation, it runs per segment). */
function segmentMeets([[x1, y1], [x2, y2]]: [Point, Point], r: Rect): boolean {
  if (Math.max(x1, x2) < r.x || Math.min(x1, x2) > r.x + r.width) return false;
  if (Math.max(y1, y2) < r.y || Math.min(y1, y2) > r.y + r.height) return false;
  const dx = x2 - x1;
  const dy = y2 - y1;
  let t0 = 0;
  let t1 = 1;
  const clip = (p: number, q: number): boolean => {
    if (p === 0) return q >= 0;
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    return t0 <= t1;
  };
  return (
    clip(-dx, x1 - r.x) &&
    clip(dx, r.x + r.width - x1) &&
    clip(-dy, y1 - r.y) &&
    clip(dy, r.y + r.height - y1)
  );
}

type Outline = NonNullable<ReturnType<typeof outline>>;

/**
 * The elements that may touch each slot, bucketed by the slots their box reaches, so a scene of thousands of
 * elements is looked at once rather than once per slot tried.
 */
function bucketBySlot(outlines: Outline[], grid: SlotGrid, columns: number, rows: number) {
  const buckets = new Map<number, Outline[]>();
  const range = (from: number, size: number, origin: number, step: number, shape: number, count: number) => {
    const first = Math.max(0, Math.ceil((from - origin - shape - MARGIN) / step));
    const last = Math.min(count - 1, Math.floor((from + size - origin + MARGIN) / step));
    return [first, last] as const;
  };
  for (const o of outlines) {
    const [c0, c1] = range(o.box.x, o.box.width, grid.originX, grid.slotWidth, grid.shapeWidth, columns);
    const [r0, r1] = range(o.box.y, o.box.height, grid.originY, grid.slotHeight, grid.shapeHeight, rows);
    for (let r = r0; r <= r1; r++)
      for (let c = c0; c <= c1; c++) {
        const n = r * columns + c;
        const list = buckets.get(n);
        if (list) list.push(o);
        else buckets.set(n, [o]);
      }
  }
  return buckets;
}

/** The top-left of the first slot free of every element; below all of them when the grid has none. */
export function freeSlot(elements: readonly unknown[], grid: SlotGrid): { x: number; y: number } {
  const outlines = elements.map(outline).filter((o) => o !== null);
  const columns = Math.max(1, Math.floor(grid.columns));
  const rows = Math.ceil(MAX_SLOTS / columns);
  const buckets = bucketBySlot(outlines, grid, columns, rows);
  const taken = (n: number, x: number, y: number) => {
    const area = {
      x: x - MARGIN,
      y: y - MARGIN,
      width: grid.shapeWidth + 2 * MARGIN,
      height: grid.shapeHeight + 2 * MARGIN,
    };
    return (buckets.get(n) ?? []).some(
      (o) => boxesMeet(o.box, area) && (o.segments === null || o.segments.some((s) => segmentMeets(s, area))),
    );
  };
  for (let n = 0; n < rows * columns; n++) {
    const x = grid.originX + (n % columns) * grid.slotWidth;
    const y = grid.originY + Math.floor(n / columns) * grid.slotHeight;
    if (!taken(n, x, y)) return { x, y };
  }
  const bottom = Math.max(grid.originY, ...outlines.map((o) => o.box.y + o.box.height));
  return { x: grid.originX, y: bottom + grid.slotHeight - grid.shapeHeight };
}
