import { CATEGORY_ORDER, type Category } from "@studio/protocol";
import { describe, expect, it } from "vitest";
import { chooseQuestions, planCategories } from "./choose-questions";

const ROLES = ["general", "backend", "frontend", "data", "pm"] as const;
const LANGUAGES = ["ko", "en"] as const;
const categoriesOf = (plan: { category: Category }[]) => plan.map((q) => q.category);
const isInCategoryOrder = (categories: Category[]) =>
  categories.every(
    (c, i) => i === 0 || CATEGORY_ORDER.indexOf(categories[i - 1]!) <= CATEGORY_ORDER.indexOf(c),
  );

describe("chooseQuestions", () => {
  it("asks one question per category, in interview order, by default", () => {
    for (const role of ROLES) {
      for (const language of LANGUAGES) {
        const plan = chooseQuestions({ role, language, seed: "s" });
        expect(categoriesOf(plan)).toEqual([...CATEGORY_ORDER]);
        expect(plan.every((q) => q.id.startsWith(`${language}-`))).toBe(true);
      }
    }
  });

  it("draws technical questions from the role's own pool", () => {
    for (const role of ROLES) {
      for (let i = 0; i < 5; i++) {
        const plan = chooseQuestions({ role, language: "ko", count: 20, seed: `t${i}` });
        const technical = plan.filter((q) => q.category === "technical");
        expect(technical.every((q) => q.id.startsWith(`ko-${role}-technical-`))).toBe(true);
      }
    }
  });

  it("asks a role's own project questions alongside the general ones", () => {
    const plans = Array.from({ length: 10 }, (_, i) =>
      chooseQuestions({ role: "backend", language: "en", count: 12, seed: `p${i}` }),
    );
    const projectIds = plans.flatMap((plan) => plan.filter((q) => q.category === "project").map((q) => q.id));
    expect(projectIds.some((id) => id.startsWith("en-backend-project-"))).toBe(true);
    expect(projectIds.some((id) => id.startsWith("en-general-project-"))).toBe(true);
  });

  it("returns the same plan for the same seed and varies between seeds", () => {
    const options = { role: "general", language: "ko" } as const;
    expect(chooseQuestions({ ...options, seed: "abc" })).toEqual(
      chooseQuestions({ ...options, seed: "abc" }),
    );
    const plans = new Set(
      Array.from({ length: 10 }, (_, i) =>
        chooseQuestions({ ...options, seed: `session-${i}` })
          .map((q) => q.id)
          .join(),
      ),
    );
    expect(plans.size).toBeGreaterThanOrEqual(8);
  });

  it("keeps intro first and closing last in shorter interviews", () => {
    expect(categoriesOf(chooseQuestions({ role: "general", language: "en", count: 1, seed: "x" }))).toEqual([
      "intro",
    ]);
    expect(categoriesOf(chooseQuestions({ role: "general", language: "en", count: 2, seed: "x" }))).toEqual([
      "intro",
      "closing",
    ]);
    for (let count = 3; count < 9; count++) {
      const categories = categoriesOf(chooseQuestions({ role: "data", language: "en", count, seed: "x" }));
      expect(categories).toHaveLength(count);
      expect(categories[0]).toBe("intro");
      expect(categories.at(-1)).toBe("closing");
      expect(new Set(categories).size).toBe(count);
      expect(isInCategoryOrder(categories)).toBe(true);
    }
    expect(categoriesOf(chooseQuestions({ role: "data", language: "en", count: 4, seed: "x" }))).toEqual([
      "intro",
      "project",
      "technical",
      "closing",
    ]);
  });

  it("adds project, technical and problem-solving questions to longer interviews without repeats", () => {
    for (const role of ROLES) {
      for (const language of LANGUAGES) {
        const plan = chooseQuestions({ role, language, count: 20, seed: role });
        const categories = categoriesOf(plan);
        expect(plan).toHaveLength(20);
        expect(new Set(plan.map((q) => q.id)).size).toBe(20);
        expect(new Set(categories)).toEqual(new Set(CATEGORY_ORDER));
        expect(isInCategoryOrder(categories)).toBe(true);
        const extras = categories.filter((c) => ["project", "technical", "problem_solving"].includes(c));
        expect(extras).toHaveLength(3 + 11);
      }
    }
    const twelve = categoriesOf(chooseQuestions({ role: "general", language: "ko", count: 12, seed: "y" }));
    expect(twelve.filter((c) => c === "project")).toHaveLength(2);
    expect(twelve.filter((c) => c === "technical")).toHaveLength(2);
    expect(twelve.filter((c) => c === "problem_solving")).toHaveLength(2);
  });

  it("rejects a count that is not a positive integer", () => {
    expect(() => chooseQuestions({ role: "general", language: "ko", count: 0, seed: "x" })).toThrow(
      RangeError,
    );
    expect(() => chooseQuestions({ role: "general", language: "ko", count: 2.5, seed: "x" })).toThrow(
      RangeError,
    );
  });
});

describe("planCategories", () => {
  it("stops adding extra questions to a category whose pool is used up", () => {
    const categories = planCategories(14, (category) => (category === "technical" ? 1 : 10));
    expect(categories.filter((c) => c === "technical")).toHaveLength(1);
    expect(categories).toHaveLength(14);
  });

  it("returns fewer slots than asked when every pool is used up", () => {
    expect(planCategories(30, () => 1)).toHaveLength(9);
  });
});
