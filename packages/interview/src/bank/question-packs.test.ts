import { describe, expect, it } from "vitest";
import { evaluateAnswer } from "../evaluation/evaluate-answer";
import { PACK_FILES, packQuestions } from "./pack-files";
import { findBankQuestion } from "./question-bank";
import { choosePackQuestions } from "./question-packs";

describe("인성/역량 question packs", () => {
  it("hold at least 12 questions per pack and language, paired across languages, with talking points", () => {
    for (const pack of ["personality", "competency"] as const) {
      const ko = packQuestions(pack, "ko");
      const en = packQuestions(pack, "en");
      expect(ko.length).toBeGreaterThanOrEqual(12);
      expect(ko.map((q) => q.id.slice(3))).toEqual(en.map((q) => q.id.slice(3)));
      for (const q of [...ko, ...en]) {
        expect(q.id).toMatch(new RegExp(`^(ko|en)-${pack}-${q.category}-\\d{2}$`));
        expect(q.talkingPoints!.length).toBeGreaterThanOrEqual(3);
        expect(findBankQuestion(q.id)).toBe(q);
      }
    }
    expect(new Set(PACK_FILES.flatMap((f) => f.questions.map((q) => q.id))).size).toBe(48);
  });

  it("a pack interview opens with an intro, closes with a closing question, and asks the pack between", () => {
    for (const pack of ["personality", "competency"] as const) {
      const plan = choosePackQuestions({ pack, role: "backend", language: "ko", count: 8, seed: "s1" });
      expect(plan).toHaveLength(8);
      expect(plan[0]!.category).toBe("intro");
      expect(plan.at(-1)!.category).toBe("closing");
      const middle = plan.slice(1, -1);
      expect(middle.every((q) => q.id.startsWith(`ko-${pack}-`))).toBe(true);
      expect(new Set(middle.map((q) => q.category)).size).toBeGreaterThanOrEqual(3);
      expect(new Set(plan.map((q) => q.id)).size).toBe(8);
      expect(
        choosePackQuestions({ pack, role: "backend", language: "ko", count: 8, seed: "s2" }),
      ).not.toEqual(plan);
    }
  });

  it("the evaluator reads a pack question's talking points: a full answer covers more than a thin one", () => {
    const q = packQuestions("personality", "ko").find((x) => x.id === "ko-personality-growth-01")!;
    const full =
      "대학 졸업 프로젝트에서 팀장을 맡았는데 발표 일주일 전 서버가 무너져 시연에 실패했습니다. 돌아보면 제가 부하 테스트를 생략하고 일정만 과신한 것이 원인이었습니다. " +
      "발표 뒤 바로 원인을 분석해 정리했고, 한 달 뒤 재심사에서 다시 시연했습니다. 그 뒤로는 어떤 일이든 마감 일주일 전에 리허설하는 습관이 생겼고, 다음 번 해커톤에서는 같은 실수 없이 수상했습니다.";
    const thin = "실패한 적이 있는데 열심히 해서 극복했습니다.";
    const covered = (answer: string) =>
      evaluateAnswer({
        question: q.text,
        answer,
        language: "ko",
        category: q.category,
        questionId: q.id,
      }).talkingPoints!.filter((p) => p.covered).length;
    expect(covered(full)).toBeGreaterThanOrEqual(4);
    expect(covered(thin)).toBeLessThanOrEqual(1);
  });
});
