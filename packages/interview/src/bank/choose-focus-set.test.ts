import { CATEGORY_ORDER } from "@studio/protocol";
import { describe, expect, it } from "vitest";
import { chooseFocusQuestions, chooseFocusSetQuestions } from "./choose-focus-questions";

const base = { role: "backend" as const, language: "ko" as const, seed: "s" };

describe("chooseFocusSetQuestions (several focus categories)", () => {
  it("shares the questions evenly among the categories, grouped in interview order", () => {
    const set = chooseFocusSetQuestions({ ...base, categories: ["teamwork", "technical"], count: 6 });
    const [first, second] = CATEGORY_ORDER.filter((c) => c === "teamwork" || c === "technical");
    expect(set.map((q) => q.category)).toEqual([first, first, first, second, second, second]);
    expect(new Set(set.map((q) => q.id)).size).toBe(6);
  });

  it("draws only from the chosen categories, whatever their order or number", () => {
    for (const categories of [["growth"], ["closing", "intro", "project"], [...CATEGORY_ORDER]] as const) {
      const set = chooseFocusSetQuestions({ ...base, categories, count: 7 });
      expect(set).toHaveLength(7);
      expect(set.every((q) => (categories as readonly string[]).includes(q.category))).toBe(true);
      const counts = categories.map((c) => set.filter((q) => q.category === c).length);
      expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
    }
  });

  it("gives a dry category's turns to the others, and asks no question twice", () => {
    const closing = chooseFocusQuestions({ ...base, category: "closing", count: 100 }).length;
    expect(closing).toBeLessThan(100);
    const count = closing * 2 + 3;
    const set = chooseFocusSetQuestions({ ...base, categories: ["closing", "technical"], count });
    expect(set).toHaveLength(count);
    expect(set.filter((q) => q.category === "closing")).toHaveLength(closing);
    expect(set.filter((q) => q.category === "technical")).toHaveLength(closing + 3);
    expect(new Set(set.map((q) => q.id)).size).toBe(set.length);
  });

  it("one category gives the same set as the single focus, and the same seed the same set", () => {
    const one = chooseFocusSetQuestions({ ...base, categories: ["project"], count: 4 });
    expect(one).toEqual(chooseFocusQuestions({ ...base, category: "project", count: 4 }));
    const a = chooseFocusSetQuestions({ ...base, categories: ["project", "growth"], count: 4 });
    const b = chooseFocusSetQuestions({ ...base, categories: ["growth", "project"], count: 4 });
    expect(a).toEqual(b);
    expect(() => chooseFocusSetQuestions({ ...base, categories: ["project"], count: 0 })).toThrow(RangeError);
  });
});
