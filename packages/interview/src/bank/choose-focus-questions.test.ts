import { CATEGORY_ORDER, type Category } from "@studio/protocol";
import { describe, expect, it } from "vitest";
import { chooseFocusQuestions } from "./choose-focus-questions";
import { roleQuestions } from "./question-bank";

describe("chooseFocusQuestions", () => {
  it("draws only the asked category, distinct questions, in the session language, for every role", () => {
    for (const role of ["general", "backend", "frontend", "data", "pm"] as const)
      for (const language of ["ko", "en"] as const)
        for (const category of CATEGORY_ORDER) {
          const set = chooseFocusQuestions({ role, language, category, count: 5, seed: "s" });
          expect(set.length).toBe(5);
          expect(set.every((q) => q.category === category)).toBe(true);
          expect(new Set(set.map((q) => q.id)).size).toBe(set.length);
          const bank = new Set(
            [...roleQuestions(role, language), ...roleQuestions("general", language)].map((q) => q.id),
          );
          expect(set.every((q) => bank.has(q.id))).toBe(true);
        }
  });

  it("gives fewer questions when the pool holds fewer, never repeating one", () => {
    const pool = roleQuestions("general", "ko").filter((q) => q.category === "closing").length;
    const set = chooseFocusQuestions({
      role: "general",
      language: "ko",
      category: "closing",
      count: 20,
      seed: "x",
    });
    expect(set.length).toBe(pool);
    expect(new Set(set.map((q) => q.id)).size).toBe(pool);
  });

  it("asks a role its own technical questions and is the same for the same seed", () => {
    const own = new Set(roleQuestions("frontend", "en").map((q) => q.id));
    const set = chooseFocusQuestions({
      role: "frontend",
      language: "en",
      category: "technical",
      count: 4,
      seed: "a",
    });
    expect(set.every((q) => own.has(q.id))).toBe(true);
    const again = chooseFocusQuestions({
      role: "frontend",
      language: "en",
      category: "technical",
      count: 4,
      seed: "a",
    });
    expect(again.map((q) => q.id)).toEqual(set.map((q) => q.id));
    const other = (category: Category, seed: string) =>
      chooseFocusQuestions({ role: "general", language: "ko", category, count: 3, seed }).map((q) => q.id);
    expect(
      new Set([other("growth", "1"), other("growth", "2"), other("growth", "3")].map(String)).size,
    ).toBeGreaterThan(1);
  });

  it("refuses a count that is not a positive integer", () => {
    expect(() =>
      chooseFocusQuestions({ role: "pm", language: "ko", category: "intro", count: 0, seed: "s" }),
    ).toThrow(RangeError);
  });
});
