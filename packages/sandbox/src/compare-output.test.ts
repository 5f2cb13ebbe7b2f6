import { describe, expect, it } from "vitest";
import { outputsMatch } from "./compare-output";

describe("outputsMatch", () => {
  it("compares tokens, ignoring how whitespace is laid out", () => {
    expect(outputsMatch("1 2\n3\n", "1\n2 3")).toBe(true);
    expect(outputsMatch("YES\nNO\n", "  YES   NO  \n\n")).toBe(true);
  });

  it("is case-sensitive and counts tokens", () => {
    expect(outputsMatch("YES", "yes")).toBe(false);
    expect(outputsMatch("1 2", "1 2 3")).toBe(false);
    expect(outputsMatch("1 2 3", "1 2")).toBe(false);
    expect(outputsMatch("", "")).toBe(true);
    expect(outputsMatch("0", "")).toBe(false);
  });

  it("compares numbers exactly without a tolerance", () => {
    expect(outputsMatch("0.5", "0.50")).toBe(false);
    expect(outputsMatch("10", "10.0")).toBe(false);
  });

  it("accepts numbers within an absolute or relative tolerance", () => {
    expect(outputsMatch("3.750000", "3.7500004", 1e-6)).toBe(true);
    expect(outputsMatch("3.750000", "3.7500100", 1e-6)).toBe(false);
    expect(outputsMatch("123456789.5", "123456789.6", 1e-6)).toBe(true);
    expect(outputsMatch("-1", "-1.0000000", 1e-6)).toBe(true);
    expect(outputsMatch("1e3", "1000.0000001", 1e-6)).toBe(true);
  });

  it("never lets a tolerance match words or malformed numbers", () => {
    expect(outputsMatch("1.0", "abc", 1e-6)).toBe(false);
    expect(outputsMatch("1.0", "1.0.0", 1e-6)).toBe(false);
    expect(outputsMatch("nan", "nan", 1e-6)).toBe(true);
    expect(outputsMatch("1", "NaN", 1e-6)).toBe(false);
    expect(outputsMatch("1", "Infinity", 1e-6)).toBe(false);
  });
});
