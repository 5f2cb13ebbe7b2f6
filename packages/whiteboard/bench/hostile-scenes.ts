/**
 * Scenes inside the request limits (2,000 elements, 1 MB) shaped to make reading slow, for the bench:
 * each is read on the server's main thread, so none may take long.
 */
const rect = (id: string, x: number, y: number, width: number, height: number) => ({
  id,
  type: "rectangle",
  x,
  y,
  width,
  height,
});
const text = (id: string, x: number, y: number, value: string) => ({
  id,
  type: "text",
  x,
  y,
  width: 50,
  height: 20,
  text: value,
});
const range = <T>(n: number, f: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => f(i));

export const HOSTILE_SCENES: Record<string, () => unknown[]> = {
  /** 1,000 frames over the same 1,000 components. */
  framesOverComponents: () => [
    ...range(1000, (i) => ({ ...rect(`f${i}`, -10, -10, 5000, 5000), type: "frame", name: `F${i}` })),
    ...range(1000, (i) => text(`c${i}`, i, i, "Redis")),
  ],
  /** 1,000 texts stacked on 1,000 arrows of 60 points each. */
  textsOnLongArrows: () => [
    ...range(1000, (i) => text(`t${i}`, 0, 0, "HTTPS")),
    ...range(1000, (i) => ({
      ...rect(`a${i}`, 0, 0, 60, 60),
      type: "arrow",
      points: range(60, (k) => [k, k]),
    })),
  ],
  /** 2,000 boxes drawn exactly on top of each other. */
  identicalBoxes: () => range(2000, (i) => rect(`s${i}`, 0, 0, 100, 100)),
  /** 2,000 boxes each inside the one before. */
  nestedBoxes: () => range(2000, (i) => rect(`n${i}`, i, i, 5000 - 2 * i, 5000 - 2 * i)),
  /** 1,000 free texts and 1,000 boxes in the same spot, all in the same 30 groups. */
  groupedPile: () => {
    const groupIds = range(30, (k) => `g${k}`);
    return [
      ...range(1000, (i) => ({ ...rect(`b${i}`, i % 7, i % 5, 80, 40), groupIds })),
      ...range(1000, (i) => ({ ...text(`x${i}`, i % 9, i % 3, "API"), groupIds })),
    ];
  },
};
