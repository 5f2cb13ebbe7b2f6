import { roleSchema } from "@studio/protocol";
import { describe, expect, it } from "vitest";
import { chooseQuestions } from "../bank/choose-questions";
import { findBankQuestion, roleQuestions } from "../bank/question-bank";

const SEEDS = Array.from({ length: 40 }, (_, i) => `seed-${i}`);

/** Every question a difficulty ever asks for a role, over many sessions. */
function askedOver(
  role: (typeof roleSchema.options)[number],
  difficulty: "basic" | "intermediate" | "advanced",
) {
  const ids = new Set<string>();
  for (const seed of SEEDS)
    for (const language of ["ko", "en"] as const)
      for (const q of chooseQuestions({ role, language, seed, count: 12, difficulty })) ids.add(q.id);
  return ids;
}

const levelOf = (id: string) => findBankQuestion(id)?.level;

describe("difficulty changes the questions asked (real bank)", () => {
  for (const role of roleSchema.options) {
    it(`${role}: an advanced interview asks questions a basic one never does, and the reverse`, () => {
      const basic = askedOver(role, "basic");
      const advanced = askedOver(role, "advanced");
      const onlyAdvanced = [...advanced].filter((id) => !basic.has(id));
      const onlyBasic = [...basic].filter((id) => !advanced.has(id));
      expect(onlyAdvanced.length).toBeGreaterThan(3);
      expect(onlyBasic.length).toBeGreaterThan(3);
      expect([...basic].filter((id) => levelOf(id) === "advanced")).toEqual([]);
      expect([...advanced].filter((id) => levelOf(id) === "basic")).toEqual([]);
    });
  }

  it("the technical slot of a basic interview is a fundamentals question when the role has one", () => {
    for (const seed of SEEDS) {
      const plan = chooseQuestions({ role: "backend", language: "ko", seed, difficulty: "basic" });
      expect(levelOf(plan.find((q) => q.category === "technical")!.id)).toBe("basic");
      const hard = chooseQuestions({ role: "backend", language: "ko", seed, difficulty: "advanced" });
      expect(levelOf(hard.find((q) => q.category === "technical")!.id)).toBe("advanced");
    }
  });

  it("intermediate is the whole bank, as a plan without a difficulty", () => {
    for (const seed of SEEDS.slice(0, 5)) {
      const plain = chooseQuestions({ role: "frontend", language: "en", seed });
      expect(chooseQuestions({ role: "frontend", language: "en", seed, difficulty: "intermediate" })).toEqual(
        plain,
      );
    }
  });

  it("every role has basic and advanced technical questions in both languages, paired by id", () => {
    for (const role of roleSchema.options) {
      const ko = roleQuestions(role, "ko").filter((q) => q.level);
      const en = roleQuestions(role, "en").filter((q) => q.level);
      expect(ko.some((q) => q.level === "basic") && ko.some((q) => q.level === "advanced")).toBe(true);
      expect(ko.map((q) => `${q.id.slice(3)}:${q.level}`)).toEqual(
        en.map((q) => `${q.id.slice(3)}:${q.level}`),
      );
    }
  });
});
