import { describe, expect, it } from "vitest";
import { resumeConsistency } from "./resume-consistency";

describe("resumeConsistency", () => {
  it("quotes the sentence that talks about a project or skill from the resume", () => {
    const evidence = resumeConsistency(
      "당시 상황이 급했습니다. 제가 정산 자동화 플랫폼에서 Kafka 컨슈머를 맡았습니다.",
      "ko",
      ["Kafka", "정산 자동화 플랫폼"],
    );
    expect(evidence).toEqual({
      criterion: "specificity",
      quote: "제가 정산 자동화 플랫폼에서 Kafka 컨슈머를 맡았습니다.",
      note: "이력서에 적은 '정산 자동화 플랫폼' 경험과 이어지는 구체적인 답변입니다.",
    });
  });

  it("finds nothing when the answer is about something else", () => {
    expect(resumeConsistency("I led the mobile team.", "en", ["Kafka", "Billing platform"])).toBeNull();
  });
});
