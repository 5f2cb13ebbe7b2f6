import { describe, expect, it } from "vitest";
import { extractQuestion } from "./extract-question";

describe("extractQuestion in Korean", () => {
  it("strips praise before the question", () => {
    expect(extractQuestion("좋은 답변입니다. 그 프로젝트에서 맡으신 역할은 무엇이었나요?", "ko")).toBe(
      "그 프로젝트에서 맡으신 역할은 무엇이었나요?",
    );
  });

  it("keeps a sentence that leads into the question", () => {
    expect(
      extractQuestion(
        "감사합니다. Redis로 캐시를 도입하셨다고 하셨습니다. 캐시 무효화는 어떻게 처리하셨나요?",
        "ko",
      ),
    ).toBe("Redis로 캐시를 도입하셨다고 하셨습니다. 캐시 무효화는 어떻게 처리하셨나요?");
  });

  it("strips labels, numbering and quotes", () => {
    expect(extractQuestion('질문: "팀 안에서 갈등이 생겼을 때 어떻게 해결하셨나요?"', "ko")).toBe(
      "팀 안에서 갈등이 생겼을 때 어떻게 해결하셨나요?",
    );
    expect(extractQuestion("1. 최근에 배운 기술을 말씀해 주세요.", "ko")).toBe(
      "최근에 배운 기술을 말씀해 주세요.",
    );
    expect(extractQuestion("**다음 질문:** 지원 동기를 말씀해 주시겠어요?", "ko")).toBe(
      "지원 동기를 말씀해 주시겠어요?",
    );
  });

  it("keeps the last question and drops what follows it", () => {
    expect(
      extractQuestion(
        "네, 잘 들었습니다.\n\n장애 대응 경험을 말씀해 주세요.\n천천히 생각하셔도 됩니다.",
        "ko",
      ),
    ).toBe("장애 대응 경험을 말씀해 주세요.");
  });

  it("does not take a question that starts with 좋 for praise", () => {
    expect(extractQuestion("좋은 팀워크를 위해 가장 중요한 것은 무엇이라고 생각하시나요?", "ko")).toBe(
      "좋은 팀워크를 위해 가장 중요한 것은 무엇이라고 생각하시나요?",
    );
  });

  it("accepts English technical terms inside a Korean question", () => {
    expect(extractQuestion("Kubernetes, Docker, Terraform 중 무엇을 주로 쓰셨나요?", "ko")).not.toBeNull();
  });

  it("rejects an English or Chinese reply in a Korean session", () => {
    expect(extractQuestion("What was your role in the project?", "ko")).toBeNull();
    expect(extractQuestion("你在项目中担任什么角色？", "ko")).toBeNull();
  });

  it("rejects a reply with no question", () => {
    expect(extractQuestion("좋은 답변입니다.", "ko")).toBeNull();
    expect(extractQuestion("", "ko")).toBeNull();
  });
});

describe("extractQuestion in English", () => {
  it("strips praise, numbering and quotes", () => {
    expect(
      extractQuestion('Great answer! 2) "What trade-offs did you weigh when choosing Kafka?"', "en"),
    ).toBe("What trade-offs did you weigh when choosing Kafka?");
    expect(extractQuestion("Question: Tell me about a time you disagreed with your manager.", "en")).toBe(
      "Tell me about a time you disagreed with your manager.",
    );
  });

  it("ignores a reasoning model's thinking", () => {
    expect(
      extractQuestion("<think>They mentioned Kafka. Ask why?</think>\nWhy did you choose Kafka?", "en"),
    ).toBe("Why did you choose Kafka?");
  });

  it("rejects Hangul in an English session", () => {
    expect(extractQuestion("How did you use 캐시 in that project?", "en")).toBeNull();
  });

  it("checks the length", () => {
    expect(extractQuestion("Why?", "en")).toBeNull();
    expect(extractQuestion(`Why did you ${"really ".repeat(60)}choose it?`, "en")).toBeNull();
  });
});
