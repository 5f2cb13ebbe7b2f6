import { describe, expect, it } from "vitest";
import { chunkResume } from "../chunk/chunk-resume";
import { extractResumeFacts } from "../facts/extract-resume-facts";
import { resumeText } from "../fixtures/resume-pdf";
import { ENGLISH_RESUME, KOREAN_RESUME } from "../fixtures/sample-resumes";
import { resumeQuestions } from "./resume-questions";

function factsOf(text: string) {
  return extractResumeFacts(text, chunkResume(text));
}

describe("resumeQuestions", () => {
  const korean = factsOf(resumeText(KOREAN_RESUME));

  it("asks about the candidate's own projects and skills in turn, in polite Korean", () => {
    const questions = resumeQuestions(korean, "ko", 4);
    expect(questions.map((question) => question.text)).toEqual([
      "이력서에 적으신 '실시간 주문 알림 시스템' 프로젝트에서 맡으신 역할은 무엇이었나요?",
      "이력서에 적으신 'Kafka'를 실무에서 어떻게 활용하셨는지 구체적인 사례로 설명해 주시겠어요?",
      "이력서에 적으신 '정산 자동화 플랫폼' 프로젝트에서 맡으신 역할은 무엇이었나요?",
      "이력서에 적으신 'Spring Boot'를 실무에서 어떻게 활용하셨는지 구체적인 사례로 설명해 주시겠어요?",
    ]);
    expect(questions.map((question) => question.category)).toEqual([
      "project",
      "technical",
      "project",
      "technical",
    ]);
    expect(questions[0]!.source).toEqual({ chunkId: "c4", kind: "project", name: "실시간 주문 알림 시스템" });
    expect(questions[1]!.source).toMatchObject({ kind: "skill", name: "Kafka", chunkId: "c2" });
  });

  it("chooses 을 or 를 by how the skill is read", () => {
    const texts = resumeQuestions(korean, "ko", 40).map((question) => question.text);
    expect(texts).toContain(
      "이력서에 적으신 'PostgreSQL'을 실무에서 어떻게 활용하셨는지 구체적인 사례로 설명해 주시겠어요?",
    );
    expect(texts).toContain(
      "이력서에 적으신 'Redis'를 실무에서 어떻게 활용하셨는지 구체적인 사례로 설명해 주시겠어요?",
    );
  });

  it("gives stable ids derived from the resume, and a larger count only adds questions", () => {
    const four = resumeQuestions(korean, "ko", 4);
    const six = resumeQuestions(factsOf(resumeText(KOREAN_RESUME)), "ko", 6);
    expect(six.slice(0, 4)).toEqual(four);
    expect(four.map((question) => question.id.replace(/^resume-[0-9a-f]{8}-/, ""))).toEqual([
      "p1",
      "s1",
      "p2",
      "s2",
    ]);
    const english = resumeQuestions(factsOf(resumeText(ENGLISH_RESUME)), "en", 1);
    expect(english[0]!.id).not.toBe(four[0]!.id);
  });

  it("asks each topic a new way once every topic had a question", () => {
    const few = { ...korean, projects: korean.projects.slice(0, 1), skills: ["Redis"] };
    const texts = resumeQuestions(few, "ko", 4).map((question) => question.text);
    expect(texts).toEqual([
      "이력서에 적으신 '실시간 주문 알림 시스템' 프로젝트에서 맡으신 역할은 무엇이었나요?",
      "이력서에 적으신 'Redis'를 실무에서 어떻게 활용하셨는지 구체적인 사례로 설명해 주시겠어요?",
      "'실시간 주문 알림 시스템' 프로젝트를 진행하시면서 가장 어려웠던 기술적 문제는 무엇이었고, 어떻게 해결하셨나요?",
      "'Redis'를 선택하신 이유는 무엇이었고, 비슷한 다른 기술과 비교하면 어떤 장단점이 있었나요?",
    ]);
  });

  it("does not say 프로젝트 twice for a name that ends in it", () => {
    const facts = {
      ...korean,
      skills: [],
      projects: [
        { name: "검색 고도화 프로젝트", description: "", chunkId: "c1", technologies: [], results: [] },
      ],
    };
    expect(resumeQuestions(facts, "ko", 2).map((question) => question.text)).toEqual([
      "이력서에 적으신 '검색 고도화 프로젝트'에서 맡으신 역할은 무엇이었나요?",
      "'검색 고도화 프로젝트'를 진행하시면서 가장 어려웠던 기술적 문제는 무엇이었고, 어떻게 해결하셨나요?",
    ]);
  });

  it("asks natural English questions", () => {
    const texts = resumeQuestions(factsOf(resumeText(ENGLISH_RESUME)), "en", 2).map(
      (question) => question.text,
    );
    expect(texts).toEqual([
      'Your resume mentions the "migration of the checkout" project. What was your role in it?',
      "Could you walk me through a concrete example of how you used React in your work?",
    ]);
  });

  it("returns nothing for a resume without projects or skills", () => {
    const empty = { skills: [], projects: [], companies: [], roles: [], dates: [], skillChunks: {} };
    expect(resumeQuestions(empty, "ko", 5)).toEqual([]);
  });
});
