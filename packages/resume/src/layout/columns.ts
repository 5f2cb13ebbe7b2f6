import type { PdfTextItem } from "../pdf/read-pdf-items";

/** A page cut into the runs above the columns, and the columns left to right. */
export interface PageColumns {
  top: PdfTextItem[];
  columns: PdfTextItem[][];
}

const right = (item: PdfTextItem) => item.x + item.width;
// Dates and numbers alone (a flush-right date column) do not make a column of text.
const wordy = (item: PdfTextItem) =>
  (item.str.match(/\p{L}/gu)?.length ?? 0) >= 3 && !/^[\d\s.~\-–—/현재재직중presntPresnt]+$/u.test(item.str);
const extent = (items: readonly PdfTextItem[]) =>
  Math.max(...items.map(right)) - Math.min(...items.map((item) => item.x));
const visible = (item: PdfTextItem) => item.str.trim() !== "";

/** Most runs of a real column start at one x (its left edge); right-aligned dates do not. */
function sharesLeftEdge(items: readonly PdfTextItem[]): boolean {
  const counts = new Map<number, number>();
  for (const item of items) counts.set(Math.round(item.x / 3), (counts.get(Math.round(item.x / 3)) ?? 0) + 1);
  const near = (key: number) =>
    (counts.get(key - 1) ?? 0) + (counts.get(key) ?? 0) + (counts.get(key + 1) ?? 0);
  return Math.max(...[...counts.keys()].map(near)) >= Math.max(4, 0.4 * items.length);
}

function overlapOfHeights(a: readonly PdfTextItem[], b: readonly PdfTextItem[]): number {
  const span = (items: readonly PdfTextItem[]) => [
    Math.min(...items.map((i) => i.y)),
    Math.max(...items.map((i) => i.y)),
  ];
  const [[a0, a1], [b0, b1]] = [span(a), span(b)];
  const shared = Math.min(a1!, b1!) - Math.max(a0!, b0!);
  return shared / Math.max(1, Math.min(a1! - a0!, b1! - b0!));
}

/**
 * A table rather than two columns: most lines on both sides sit on the baseline of a line on the other
 * (a label cell beside its value), where a sidebar's lines drift from the main column's or end long
 * before it.
 */
function rowsAligned(left: readonly PdfTextItem[], right: readonly PdfTextItem[]): boolean {
  const baselines = (items: readonly PdfTextItem[]) => [...new Set(items.map((item) => Math.round(item.y)))];
  const [a, b] = [baselines(left), baselines(right)];
  const paired = (side: number[], other: number[]) =>
    side.filter((y) => other.some((y2) => Math.abs(y2 - y) <= 1)).length / Math.max(1, side.length);
  return Math.min(a.length, b.length) >= 3 && Math.min(paired(a, b), paired(b, a)) >= 0.6;
}

/**
 * A column of labels (Europass: "Dates", "Occupation or position held", right-aligned) beside their
 * values: the labels end at one x and each sits on the baseline of a value, though the values wrap
 * onto lines of their own. A form to read row by row, not two columns.
 */
function labelColumn(left: readonly PdfTextItem[], right: readonly PdfTextItem[]): boolean {
  const most = (xs: number[]) =>
    Math.max(...xs.map((x) => xs.filter((other) => Math.abs(other - x) <= 1).length));
  // Right-aligned: one right edge, ragged left edges (a sidebar's lines share their left edge).
  const common = most(left.map((item) => Math.round((item.x + item.width) / 3)));
  if (most(left.map((item) => Math.round(item.x / 3))) >= 0.5 * left.length) return false;
  // A label may sit a little off its value's baseline (set in a smaller size).
  const paired = left.filter((label) =>
    right.some((item) => Math.abs(item.y - label.y) <= 0.5 * Math.max(label.size, item.size)),
  ).length;
  return left.length >= 4 && common >= 0.7 * left.length && paired >= 0.6 * left.length;
}

/**
 * The x of an empty vertical band between 20% and 80% of the page that splits the text into two
 * columns running side by side: few runs cross it, each side holds a fair share of lines, the sides
 * overlap in height and the right side has a left edge of its own (so a flush-right date column
 * of a one-column page is not taken for one).
 */
function findGutter(items: readonly PdfTextItem[], width: number): number | null {
  let best: { x: number; crossing: number; band: number } | null = null;
  for (let x = Math.round(0.2 * width); x <= 0.8 * width; x += 2) {
    const crossing = items.filter((item) => item.x < x - 1 && right(item) > x + 1).length;
    if (crossing > 0.12 * items.length) continue;
    const left = items.filter((item) => right(item) <= x + 1);
    const rightSide = items.filter((item) => item.x >= x - 1);
    const enough = (side: PdfTextItem[]) =>
      side.filter(wordy).length >= Math.max(4, 0.1 * items.length) && extent(side) >= 0.1 * width;
    if (!enough(left) || !enough(rightSide)) continue;
    if (overlapOfHeights(left, rightSide) < 0.5 || !sharesLeftEdge(rightSide)) continue;
    if (rowsAligned(left, rightSide) || labelColumn(left, rightSide)) continue;
    // The band must be a real gap; the widest of the least crossed ones is the gutter.
    const others = items.filter((item) => !(item.x < x - 1 && right(item) > x + 1));
    const leftGap = Math.min(...others.filter((item) => item.x < x).map((item) => x - right(item)));
    const rightGap = Math.min(...others.filter((item) => item.x >= x).map((item) => item.x - x));
    if (leftGap < 4 || rightGap < 4) continue;
    const band = leftGap + rightGap;
    if (!best || crossing < best.crossing || (crossing === best.crossing && band > best.band))
      best = { x, crossing, band };
  }
  return best?.x ?? null;
}

/**
 * Splits a two-column page (a sidebar beside the main column) into its columns so each is read top to
 * bottom; runs that cross the gutter (a name, a contact line across the page) stay above them.
 */
export function splitColumns(items: readonly PdfTextItem[], width: number): PageColumns {
  const shown = items.filter(visible);
  const gutter = shown.length >= 20 ? findGutter(shown, width) : null;
  if (gutter === null) return { top: [...items], columns: [] };
  const crosses = (item: PdfTextItem) => item.x < gutter - 1 && right(item) > gutter + 1;
  const sides = shown.filter((item) => !crosses(item));
  // Where both columns have begun: above it, a run belongs to the header even if it sits on one side.
  const highest = (side: PdfTextItem[]) => Math.max(...side.map((item) => item.y));
  const columnTop = Math.min(
    highest(sides.filter((i) => i.x >= gutter)),
    highest(sides.filter((i) => i.x < gutter)),
  );
  // A run that crosses the gutter lower down (a long line a little too wide) stays in the column it starts in.
  const top = shown.filter((item) => item.y > columnTop + 0.5);
  const inColumns = shown.filter((item) => !top.includes(item));
  return {
    top,
    columns: [inColumns.filter((item) => item.x < gutter), inColumns.filter((item) => item.x >= gutter)],
  };
}
