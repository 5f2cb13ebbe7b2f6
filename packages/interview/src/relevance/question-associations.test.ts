import { describe, expect, it } from "vitest";
import { addressesSubject, learnAssociations } from "./question-associations";

describe("whether an answer touches what the question names", () => {
  it("accepts an answer that says the subject in other words answers to such questions use", () => {
    // "갈등" never appears: opinions, positions and a middle ground do.
    const answer =
      "팀장님과 배포 일정에 대한 의견이 달랐습니다. 서로의 입장을 이야기해 보니 걱정하는 위험이 달랐고, 중간 지점으로 단계적 배포를 제안했습니다.";
    expect(addressesSubject("동료와 갈등이 있었던 경험이 있나요?", answer, "ko")).toBe(true);
  });

  it("rejects a story about something else given to a question that names its subject", () => {
    const origin =
      "고등학생 때 동네 빵집 메뉴 페이지를 HTML로 만들어 드린 게 시작이었습니다. 그 뒤로 자바스크립트를 독학했고 대학에서 수강신청 도우미를 만들었습니다.";
    expect(addressesSubject("원격으로 협업할 때 소통은 어떻게 하시나요?", origin, "ko")).toBe(false);
    const remote =
      "I write a daily update in our channel and give people a day to comment on decisions asynchronously across time zones.";
    expect(
      addressesSubject("What got you interested in data engineering in the first place?", remote, "en"),
    ).toBe(false);
  });

  it("says nothing when the question names no subject", () => {
    expect(addressesSubject("Tell me about it.", "Anything at all here.", "en")).toBeUndefined();
  });

  it("learns associations only from words answers to a subject use far more than others", () => {
    const entry = (question: string, answer: string) => ({
      category: "teamwork" as const,
      role: "general",
      question,
      answer,
    });
    const entries = [
      ...Array.from({ length: 6 }, (_, i) =>
        entry(
          "How do you handle conflict?",
          `We disagreed on the schema, so we compromised after talking ${i}`,
        ),
      ),
      ...Array.from({ length: 30 }, (_, i) =>
        entry("Why this company?", `Your product and mission excite me ${i}`),
      ),
    ];
    const learned = learnAssociations(entries, "en");
    const answer = "We disagreed about the schema and compromised.";
    expect(addressesSubject("Any conflict at work?", answer, "en", learned)).toBe(true);
    expect(addressesSubject("Any conflict at work?", answer, "en", new Map())).toBe(false);
    // Words every answer uses say nothing about the subject.
    expect(addressesSubject("Any conflict at work?", "Your product and mission.", "en", learned)).toBe(false);
  });
});
