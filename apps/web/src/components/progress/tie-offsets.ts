/**
 * Where each series is drawn at each point: series with the same value at a point are spread by
 * `step` around it (in series order), so no line hides behind another. The true value stays in the
 * row for the tooltip and the legend; only the drawn position moves, by less than a grid step.
 */
export function spreadTies(
  row: Readonly<Record<string, string | number | null>>,
  keys: readonly string[],
  step: number,
): Record<string, number | null> {
  const drawn: Record<string, number | null> = {};
  const byValue = new Map<number, string[]>();
  for (const key of keys) {
    const value = row[key];
    if (typeof value !== "number") {
      drawn[key] = null;
      continue;
    }
    byValue.set(value, [...(byValue.get(value) ?? []), key]);
  }
  for (const [value, tied] of byValue) {
    tied.forEach((key, i) => {
      drawn[key] = Math.round((value + (i - (tied.length - 1) / 2) * step) * 1000) / 1000;
    });
  }
  return drawn;
}

/** The drawn position's data key of a series. */
export const drawnKey = (key: string) => `${key}__drawn`;

/** Marker shapes and dash patterns told apart without colour (recharts' symbol names). */
export const SERIES_SHAPES = ["circle", "square", "triangle", "diamond", "cross", "star", "wye"] as const;
export const SERIES_DASHES = ["", "6 3", "2 3", "8 3 2 3", "12 4", "4 2 1 2", "1 3"];
