import { describe, expect, it } from "vitest";
import { questionMessage } from "./question-context";

const base = {
  language: "ko" as const,
  role: "backend" as const,
  category: "technical" as const,
  plannedQuestion: "캐시와 데이터베이스의 정합성은 어떻게 맞추시겠어요?",
  history: [{ question: "자기소개 부탁드립니다.", answer: "백엔드 개발자 김민준입니다." }],
};

describe("questionMessage: the interview setup reaches the LLM", () => {
  it("tells the LLM the interviewer's manner and the depth chosen", () => {
    const pressure = questionMessage({ ...base, style: "pressure", difficulty: "advanced" });
    const friendly = questionMessage({ ...base, style: "friendly", difficulty: "basic" });
    expect(pressure).toMatch(/엄격/);
    expect(pressure).toMatch(/트레이드오프/);
    expect(friendly).toMatch(/격려/);
    expect(friendly).not.toMatch(/엄격/);
    const en = questionMessage({ ...base, language: "en", style: "pressure" });
    expect(en).toMatch(/strict/);
  });

  it("says nothing about the setup when none is given", () => {
    expect(questionMessage(base)).not.toMatch(/면접관 태도|난이도/);
    expect(questionMessage({ ...base, style: "neutral", difficulty: "intermediate" })).toBe(
      questionMessage(base),
    );
  });
});
