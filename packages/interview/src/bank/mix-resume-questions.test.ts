import { describe, expect, it } from "vitest";
import { mixResumeQuestions } from "./mix-resume-questions";

const plan = [
  { id: "intro-1", category: "intro" as const, text: "자기소개 부탁드립니다." },
  { id: "project-1", category: "project" as const, text: "기억에 남는 프로젝트는요?" },
  { id: "technical-1", category: "technical" as const, text: "인덱스를 설명해 주세요." },
  { id: "technical-2", category: "technical" as const, text: "트랜잭션을 설명해 주세요." },
  { id: "closing-1", category: "closing" as const, text: "마지막으로 하실 말씀은요?" },
];
const fromResume = [
  {
    id: "resume-x-p1",
    category: "project" as const,
    text: "이력서에 적으신 '주문 API 개선' 프로젝트에서 맡으신 역할은 무엇이었나요?",
    source: { chunkId: "c1", kind: "project" as const, name: "주문 API 개선" },
  },
  {
    id: "resume-x-s1",
    category: "technical" as const,
    text: "Redis를 실무에서 어떻게 활용하셨는지 설명해 주시겠어요?",
    source: { chunkId: "c2", kind: "skill" as const, name: "Redis" },
  },
  {
    id: "resume-x-s2",
    category: "technical" as const,
    text: "Kafka를 어떻게 쓰셨나요?",
    source: { chunkId: "c3", kind: "skill" as const, name: "Kafka" },
  },
];

describe("mixResumeQuestions", () => {
  it("replaces one bank question per category with the resume's, keeping length and order", () => {
    const mixed = mixResumeQuestions(plan, fromResume);
    expect(mixed.map((q) => q.id)).toEqual([
      "intro-1",
      "resume-x-p1",
      "resume-x-s1",
      "technical-2",
      "closing-1",
    ]);
    expect(mixed[1]!.resume).toEqual({ kind: "project", name: "주문 API 개선" });
    expect(mixed.map((q) => q.category)).toEqual(plan.map((q) => q.category));
  });

  it("leaves the plan as it is without resume questions", () => {
    expect(mixResumeQuestions(plan, [])).toEqual(plan);
  });
});
