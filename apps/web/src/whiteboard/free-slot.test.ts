import { describe, expect, it } from "vitest";
import { freeSlot, type SlotGrid } from "./free-slot";

const grid: SlotGrid = {
  originX: 40,
  originY: 110,
  columns: 4,
  slotWidth: 240,
  slotHeight: 150,
  shapeWidth: 180,
  shapeHeight: 80,
};
const box = (x: number, y: number, extra: object = {}) => ({
  type: "rectangle",
  x,
  y,
  width: 180,
  height: 80,
  ...extra,
});
const slotAt = (n: number) => ({ x: 40 + (n % 4) * 240, y: 110 + Math.floor(n / 4) * 150 });

describe("where the palette puts a new component", () => {
  it("takes the first slot on an empty board", () => {
    expect(freeSlot([], grid)).toEqual(slotAt(0));
  });

  it("skips every slot a shape already covers, after a reload too (no counter: the scene decides)", () => {
    const restored = [0, 1, 2, 3, 4].map((n) => box(slotAt(n).x, slotAt(n).y));
    expect(freeSlot(restored, grid)).toEqual(slotAt(5));
    // A shape drawn by hand across two slots blocks both.
    expect(freeSlot([box(200, 120, { width: 200 })], grid)).toEqual(slotAt(2));
  });

  it("does not stop after three rows: a full visible grid goes on below", () => {
    const twelve = Array.from({ length: 12 }, (_, n) => box(slotAt(n).x, slotAt(n).y));
    const next = freeSlot(twelve, grid);
    expect(next).toEqual(slotAt(12));
    expect(twelve.some((b) => b.x === next.x && b.y === next.y)).toBe(false);
  });

  it("avoids an arrow crossing a slot but not one passing beside it, and ignores deleted elements", () => {
    const across = {
      type: "arrow",
      x: 0,
      y: 150,
      width: 500,
      height: 0,
      points: [
        [0, 0],
        [500, 0],
      ],
    };
    expect(freeSlot([across], grid)).toEqual(slotAt(2));
    // An elbow arrow around the first row: its box covers slots 0-3, its segments none of them.
    const elbow = {
      type: "arrow",
      x: 10,
      y: 300,
      points: [
        [0, 0],
        [0, -280],
        [800, -280],
      ],
    };
    expect(freeSlot([elbow], grid)).toEqual(slotAt(0));
    // Lower, it cuts through the whole first row (horizontal leg) and slot 4 below (vertical leg).
    const cutting = {
      type: "arrow",
      x: 100,
      y: 400,
      points: [
        [0, 0],
        [0, -250],
        [800, -250],
      ],
    };
    expect(freeSlot([cutting], grid)).toEqual(slotAt(5));
    expect(freeSlot([box(40, 110, { isDeleted: true })], grid)).toEqual(slotAt(0));
  });

  it("keeps a margin from a neighbour and reads negative sizes and junk safely", () => {
    // 10 px right of slot 0's shape: too close to use slot 0.
    expect(freeSlot([box(230, 110, { width: 5, height: 5 })], grid)).toEqual(slotAt(1));
    expect(freeSlot([box(220, 190, { width: -180, height: -80 })], grid)).toEqual(slotAt(1));
    expect(
      freeSlot([null, 7, { x: Number.NaN, y: 1 }, { type: "line", x: 1, y: 1, points: [] }], grid),
    ).toEqual(slotAt(0));
  });

  it("goes below everything when the grid is exhausted", () => {
    const wall = { type: "rectangle", x: -100_000, y: 0, width: 400_000, height: 400_000 };
    const spot = freeSlot([wall], grid);
    expect(spot.y).toBeGreaterThanOrEqual(400_000);
    expect(spot.x).toBe(40);
  });
});
