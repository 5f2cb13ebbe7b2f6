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

  it("asks about the candidate's own projects, naming a measured result, two projects to a skill", () => {
    const questions = resumeQuestions(korean, "ko", 4);
    expect(questions.map((question) => question.category)).toEqual([
      "project",
      "project",
      "technical",
      "project",
    ]);
    expect(questions[0]!.text).toBe(
      "이력서에 적으신 '실시간 주문 알림 시스템' 프로젝트에서 \"WebSocket과 Kafka로 점주 앱에 주문 알림을 1초 이내로 전달하는 시스템을 구축했습니다\"라고 쓰셨는데, 이 수치는 어떻게 측정하셨고 본인의 기여는 무엇이었나요?",
    );
    expect(questions[2]!.text).toBe(
      "이력서에 적으신 'Kafka'를 실무에서 어떻게 활용하셨는지 구체적인 사례로 설명해 주시겠어요?",
    );
    expect(questions[3]!.text).toContain("장애 감지 시간을 평균 15분에서 3분으로 단축했습니다");
    expect(questions[0]!.source).toEqual({ chunkId: "c4", kind: "project", name: "실시간 주문 알림 시스템" });
    expect(questions[2]!.source).toMatchObject({ kind: "skill", name: "Kafka", chunkId: "c2" });
  });

  it("falls back to a general question about a project without details", () => {
    const bare = {
      ...korean,
      projects: [{ ...korean.projects[0]!, results: [], technologies: [], role: undefined }],
    };
    expect(resumeQuestions(bare, "ko", 1)[0]!.text).toBe(
      "이력서에 적으신 '실시간 주문 알림 시스템' 프로젝트에서 맡으신 역할은 무엇이었나요?",
    );
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
      "p2",
      "s1",
      "p3",
    ]);
    const english = resumeQuestions(factsOf(resumeText(ENGLISH_RESUME)), "en", 1);
    expect(english[0]!.id).not.toBe(four[0]!.id);
  });

  it("asks each topic a new way once every topic had a question", () => {
    const few = { ...korean, projects: korean.projects.slice(0, 1), skills: ["Redis"] };
    const texts = resumeQuestions(few, "ko", 4).map((question) => question.text);
    expect(texts[0]).toContain("1초 이내로 전달");
    expect(texts[1]).toBe(
      "이력서에 적으신 'Redis'를 실무에서 어떻게 활용하셨는지 구체적인 사례로 설명해 주시겠어요?",
    );
    expect(texts[2]).toContain("초당 3,000건의 이벤트"); // the next result of the same project
    expect(texts[3]).toBe(
      "'Redis'를 선택하신 이유는 무엇이었고, 비슷한 다른 기술과 비교하면 어떤 장단점이 있었나요?",
    );
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
    const texts = resumeQuestions(factsOf(resumeText(ENGLISH_RESUME)), "en", 3).map(
      (question) => question.text,
    );
    expect(texts).toEqual([
      'In the "migration of the checkout" project you wrote "cutting the JavaScript bundle size by 45% and improving conversion by 3%". How did you measure that, and what was your own part in it?',
      'In the "real-time analytics dashboard" project you wrote "Built a real-time analytics dashboard with WebSocket streaming and D3 charts used by 2,000 customers". How did you measure that, and what was your own part in it?',
      "Could you walk me through a concrete example of how you used React in your work?",
    ]);
  });

  it("returns nothing for a resume without projects or skills", () => {
    const empty = { skills: [], projects: [], companies: [], roles: [], dates: [], skillChunks: {} };
    expect(resumeQuestions(empty, "ko", 5)).toEqual([]);
  });
});
