import { describe, expect, it } from "vitest";
import { spreadTies } from "./tie-offsets";

describe("spreadTies", () => {
  it("spreads series with one value symmetrically around it and leaves distinct values alone", () => {
    const drawn = spreadTies({ a: 3, b: 3, c: 4, d: 3, label: "x" }, ["a", "b", "c", "d"], 0.1);
    expect(drawn).toEqual({ a: 2.9, b: 3, c: 4, d: 3.1 });
  });

  it("keeps every drawn position distinct when all five criteria tie, and missing values empty", () => {
    const drawn = spreadTies({ a: 5, b: 5, c: 5, d: 5, e: null }, ["a", "b", "c", "d", "e"], 0.08);
    const positions = ["a", "b", "c", "d"].map((k) => drawn[k]);
    expect(new Set(positions).size).toBe(4);
    expect(Math.max(...(positions as number[])) - Math.min(...(positions as number[]))).toBeCloseTo(0.24);
    expect(drawn.e).toBeNull();
  });

  it("a lone series is drawn at its value", () => {
    expect(spreadTies({ a: 2 }, ["a"], 0.5)).toEqual({ a: 2 });
  });
});
