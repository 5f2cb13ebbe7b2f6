import { describe, expect, it } from "vitest";
import { evaluateAnswer } from "./evaluate-answer";
import { isNonAnswer } from "./non-answer";

describe("non-answers: skipping, passing, not remembering, fillers only", () => {
  it.each([
    "죄송하지만 그 프로젝트는 너무 오래전이라 기억이 잘 안 납니다.",
    "어... 이 질문은 패스할게요.",
    "아 그건 잘 기억나지 않습니다. 다른 질문 주시면 안 될까요?",
    "글쎄요... 딱히 떠오르는 게 없네요.",
    "이 질문은 건너뛰어도 괜찮을까요?",
    "음 어 그러니까 음...",
    "죄송합니다, 지금은 딱히 생각나는 사례가 없네요.",
    "이건 답변드리기 어려울 것 같습니다.",
    "아 그거요? 기억이 전혀 안 나요.",
  ])("ko: %s", (answer) => expect(isNonAnswer(answer, "ko")).toBe(true));

  it.each([
    "Sorry, I can't really remember that one. Can we skip to the next question?",
    "Hmm, nothing comes to mind right now. I'll pass on this one.",
    "Honestly I'm drawing a blank. Could we move on?",
    "Uh, let me think... yeah, I don't recall.",
    "Pass.",
    "Can I come back to that one later?",
    "Honestly, I forgot. Next question please?",
    "Uh, hmm, well, okay, like, you know, great question, so, yeah.",
  ])("en: %s", (answer) => expect(isNonAnswer(answer, "en")).toBe(true));

  it.each([
    ["ko", "정확한 수치는 기억이 잘 안 나지만 응답 시간을 절반으로 줄였습니다."],
    ["ko", "다음 질문으로 넘어가기 전에 한 가지 덧붙이면, 캐시 TTL을 5분으로 바꿔서 DB 부하를 줄였습니다."],
    ["ko", "그때 정확히 몇 명이었는지는 기억이 안 나는데, 제가 주도해서 회의록 템플릿을 만들었습니다."],
    [
      "en",
      "I don't remember the exact figure, but we cut the p95 latency roughly in half after I rewrote the query.",
    ],
    ["en", "Before we move on to the next question, I should add that I led the rollout myself."],
  ] as const)("an answer that also says something is not one (%s): %s", (language, answer) =>
    expect(isNonAnswer(answer, language)).toBe(false),
  );

  it("flags no_content and gives no advice on the result", () => {
    const ko = evaluateAnswer({
      question: "가장 어려웠던 장애 대응 경험을 말씀해 주세요.",
      answer: "아... 그 부분은 솔직히 기억이 안 나요. 넘어가 주시면 감사하겠습니다.",
      language: "ko",
    });
    expect(ko.flags).toContain("no_content");
    expect(ko.feedback).not.toMatch(/수치/);
    const en = evaluateAnswer({
      question: "Tell me about a time you disagreed with your manager.",
      answer: "Hmm, uh, yeah, so, well, I mean, okay, let me see, um.",
      language: "en",
    });
    expect(en.flags).toContain("no_content");
  });
});
