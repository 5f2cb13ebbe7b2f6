import type { Pen } from "./excalidraw-pen";

// A 4 x 4 grid of cells (columns A-D, rows 1-4) on the canvas the page gives Excalidraw, clear of its toolbar,
// its side buttons and the empty spot Pen.idle clicks (450, 500), so the drawings read as data: which tool in
// which cell with which label, and arrows from cell to cell.

type Pt = { x: number; y: number };
type Column = "A" | "B" | "C" | "D";
type Row = "1" | "2" | "3" | "4";
export type Cell = `${Column}${Row}`;

const COLUMNS: Record<Column, [number, number]> = {
  A: [10, 140],
  B: [180, 330],
  C: [370, 520],
  D: [560, 690],
};
const ROWS: Record<Row, [number, number]> = { 1: [110, 170], 2: [210, 270], 3: [310, 370], 4: [410, 470] };

export function cell(at: Cell): { from: Pt; to: Pt } {
  const [x0, x1] = COLUMNS[at[0] as Column];
  const [y0, y1] = ROWS[at[1] as Row];
  return { from: { x: x0, y: y0 }, to: { x: x1, y: y1 } };
}

const centre = (at: Cell): Pt => {
  const { from, to } = cell(at);
  return { x: (from.x + to.x) / 2, y: (from.y + to.y) / 2 };
};

/** How far along `d` from the centre of `at` the line leaves its cell. */
function exitAlong(at: Cell, d: Pt): number {
  const { from, to } = cell(at);
  const tx = d.x === 0 ? Number.POSITIVE_INFINITY : (to.x - from.x) / 2 / Math.abs(d.x);
  const ty = d.y === 0 ? Number.POSITIVE_INFINITY : (to.y - from.y) / 2 / Math.abs(d.y);
  return Math.min(tx, ty);
}

/**
 * An arrow's ends from cell `a` to cell `b` on the line between their centres: `inset` px inside each edge
 * (where Excalidraw binds it), or with a negative `gap` px short of `b`, as a loose arrow a hand drew.
 */
export function link(a: Cell, b: Cell, options: { inset?: number; gap?: number } = {}): [Pt, Pt] {
  const inset = options.inset ?? 5;
  const ca = centre(a);
  const cb = centre(b);
  const d = { x: cb.x - ca.x, y: cb.y - ca.y };
  const length = Math.hypot(d.x, d.y);
  const u = { x: d.x / length, y: d.y / length };
  const out = exitAlong(a, d);
  const into = exitAlong(b, { x: -d.x, y: -d.y });
  const endShift = options.gap !== undefined ? -options.gap : inset;
  const start = { x: ca.x + d.x * out - u.x * inset, y: ca.y + d.y * out - u.y * inset };
  const end = { x: cb.x - d.x * into + u.x * endShift, y: cb.y - d.y * into + u.y * endShift };
  return [round(start), round(end)];
}

const round = (p: Pt): Pt => ({ x: Math.round(p.x), y: Math.round(p.y) });

/** A shape in a cell with its label typed in (bound text). */
export const boxIn = (pen: Pen, tool: "r" | "o" | "d", at: Cell, text: string) =>
  pen.box(tool, cell(at).from, cell(at).to, text);

/** A bound arrow from cell to cell, with an optional label. */
export const wire = (pen: Pen, a: Cell, b: Cell, label?: string) => {
  const [from, to] = link(a, b);
  return pen.arrow(from, to, { label });
};

/** An arrow drawn with Ctrl held, so Excalidraw leaves it loose; `gap` px short of the target when given. */
export const loose = (pen: Pen, a: Cell, b: Cell, options: { label?: string; gap?: number } = {}) => {
  const [from, to] = link(a, b, { gap: options.gap });
  return pen.arrow(from, to, { unbound: true, label: options.label });
};

/** An unfilled shape with a free text typed inside it by double-click (not bound to it). */
export async function bareIn(pen: Pen, tool: "r" | "o" | "d", at: Cell, text: string) {
  const { from, to } = cell(at);
  await pen.drag(tool, from, to);
  await pen.textInside(centre(at), text);
}

/** An empty box with its name written as a caption just under it, as people label sketches. */
export async function captioned(pen: Pen, at: Cell, text: string) {
  const { from, to } = cell(at);
  await pen.drag("r", from, to);
  await pen.text({ x: from.x + 4, y: to.y + 8 }, text);
}

/** A plain line (no arrowheads) from cell to cell. */
export const line = (pen: Pen, a: Cell, b: Cell) => {
  const [from, to] = link(a, b);
  return pen.drag("l", from, to);
};
