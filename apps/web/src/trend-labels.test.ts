import { describe, expect, it } from "vitest";
import { trendLabels } from "./trend-labels";

describe("trendLabels", () => {
  it("reads the day alone when each day has one point", () => {
    const labels = trendLabels(["2026-12-01T03:00:00Z", "2026-12-05T03:00:00Z"], "ko");
    expect(labels).toHaveLength(2);
    expect(new Set(labels).size).toBe(2);
    expect(labels[0]).toMatch(/12월 1일$/);
    expect(labels[0]).not.toMatch(/:/);
  });

  it("adds the time when a day holds several points, so no two labels are the same", () => {
    const dates = [
      "2026-12-05T03:00:00Z",
      "2026-12-05T03:20:00Z",
      "2026-12-05T05:00:00Z",
      "2026-12-07T03:00:00Z",
    ];
    for (const language of ["ko", "en-US"]) {
      const labels = trendLabels(dates, language);
      expect(new Set(labels).size).toBe(4);
      expect(labels[0]).toMatch(/\d\d:\d\d/);
      expect(labels[3]).not.toMatch(/:/);
    }
  });

  it("numbers points of the same minute and survives a bad date", () => {
    const labels = trendLabels(["2026-12-05T03:00:00Z", "2026-12-05T03:00:10Z", "nope"], "en");
    expect(new Set(labels).size).toBe(3);
    expect(labels[1]).toMatch(/#2$/);
    expect(labels[2]).toBe("#3");
  });
});
