import { describe, expect, it } from "vitest";
import { outputsMatch } from "./outputs-match";

describe("the browser's sample check compares as the judge does", () => {
  it("ignores whitespace between tokens and is exact without a tolerance", () => {
    expect(outputsMatch("1 2\n3", "1  2 3\n")).toBe(true);
    expect(outputsMatch("Yes", "yes")).toBe(false);
    expect(outputsMatch("0.3333333", "0.3333334")).toBe(false);
  });

  it("accepts numbers within the problem's float tolerance, absolutely or relatively", () => {
    expect(outputsMatch("0.3333333", "0.3333334", 1e-6)).toBe(true);
    expect(outputsMatch("1000000.0", "1000000.5", 1e-6)).toBe(true);
    expect(outputsMatch("1.0", "1.01", 1e-6)).toBe(false);
    expect(outputsMatch("abc", "abd", 1e-6)).toBe(false);
  });
});
