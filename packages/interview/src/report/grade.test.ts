import { describe, expect, it } from "vitest";
import { GRADE_THRESHOLDS, gradeFor } from "./grade";

describe("gradeFor", () => {
  it("grades by the average total out of 25 at the documented thresholds", () => {
    expect(gradeFor(25)).toBe("S");
    expect(gradeFor(22)).toBe("S");
    expect(gradeFor(21.9)).toBe("A");
    expect(gradeFor(19)).toBe("A");
    expect(gradeFor(18.9)).toBe("B");
    expect(gradeFor(15)).toBe("B");
    expect(gradeFor(14.9)).toBe("C");
    expect(gradeFor(11)).toBe("C");
    expect(gradeFor(10.9)).toBe("D");
    expect(gradeFor(5)).toBe("D");
    expect(gradeFor(0)).toBe("D");
  });

  it("lists thresholds from the highest grade down", () => {
    const mins = GRADE_THRESHOLDS.map((t) => t.minTotal);
    expect(mins).toEqual([...mins].sort((a, b) => b - a));
    expect(GRADE_THRESHOLDS.map((t) => t.grade)).toEqual(["S", "A", "B", "C"]);
  });
});
