import { describe, expect, it } from "vitest";
import { decideFollowUp } from "./decide-follow-up";

describe("follow-ups to questions about the future", () => {
  it("a plan is not asked for its measured result or the situation it happened in", () => {
    const plans = [
      {
        question: "앞으로 3년 동안의 목표는 무엇인가요?",
        answer:
          "3년 안에 결제 시스템을 혼자 설계하고 운영할 수 있는 개발자가 되는 것이 목표입니다. 그래서 지금은 분산 트랜잭션과 장애 대응을 공부하고 있고, 입사하면 온콜에도 적극적으로 참여하고 싶습니다.",
        language: "ko" as const,
        category: "growth" as const,
      },
      {
        question: "What are your career goals for the next few years?",
        answer:
          "I want to grow into a staff engineer who owns the reliability of a core service. To get there I am studying distributed systems, and here I would like to take part in on-call and lead at least one migration within two years.",
        language: "en" as const,
        category: "growth" as const,
      },
    ];
    for (const input of plans) {
      const followUp = decideFollowUp(input);
      expect(followUp?.reason, input.question).not.toBe("no_result");
      expect(followUp?.reason, input.question).not.toBe("no_personal_action");
    }
  });
});
