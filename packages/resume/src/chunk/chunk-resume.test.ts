import { describe, expect, it } from "vitest";
import { resumeText } from "../fixtures/resume-pdf";
import { ENGLISH_RESUME, KOREAN_RESUME } from "../fixtures/sample-resumes";
import { chunkResume } from "./chunk-resume";
import { headingSection } from "./section-headings";

describe("headingSection", () => {
  it("recognises headings in Korean and English, decorated or not", () => {
    expect(headingSection("경력 사항")).toBe("experience");
    expect(headingSection("경력사항")).toBe("experience");
    expect(headingSection("■ 프로젝트")).toBe("projects");
    expect(headingSection("[기술 스택]")).toBe("skills");
    expect(headingSection("WORK EXPERIENCE")).toBe("experience");
    expect(headingSection("3. Education")).toBe("education");
    expect(headingSection("기술 스택 (Skills)")).toBe("skills");
    expect(headingSection("수상 및 자격")).toBe("awards");
    expect(headingSection("Summary:")).toBe("profile");
  });

  it("does not take content for a heading", () => {
    expect(headingSection("- 경력 5년 차 백엔드 개발자")).toBeNull();
    expect(headingSection("Skills: Java, Kotlin")).toBeNull();
    expect(headingSection("경력 (Projects)")).toBeNull();
  });
});

describe("chunkResume", () => {
  it("cuts a Korean resume by section and entry, one job or project per chunk", () => {
    const chunks = chunkResume(resumeText(KOREAN_RESUME));
    expect(chunks.map((chunk) => chunk.section)).toEqual([
      "header",
      "profile",
      "experience",
      "experience",
      "projects",
      "projects",
      "projects",
      "skills",
      "education",
      "awards",
    ]);
    expect(chunks.map((chunk) => chunk.id)).toEqual(chunks.map((_, i) => `c${i}`));
    expect(chunks[3]).toMatchObject({ heading: "경력 사항", index: 3 });
    expect(chunks[3]!.text.startsWith("(주)핀테크랩 | 서버 개발 인턴")).toBe(true);
    expect(chunks[6]!.text).toContain("장애 감지 시간을 평균 15분에서 3분으로 단축했습니다.");
  });

  it("starts a new entry at a plain line after bullets even without a blank line", () => {
    const text = "Projects\nAlpha (2021)\n- built alpha\nBeta (2022)\n- built beta";
    expect(chunkResume(text).map((chunk) => chunk.text)).toEqual([
      "Alpha (2021)\n- built alpha\nBeta (2022)\n- built beta",
    ]);
    const long = `Projects\nAlpha (2021)\n- ${"a".repeat(90)}\nBeta (2022)\n- ${"b".repeat(90)}`;
    expect(chunkResume(long).map((chunk) => chunk.text.split("\n")[0])).toEqual([
      "Alpha (2021)",
      "Beta (2022)",
    ]);
  });

  it("splits a long entry into windows that repeat its title and overlap by a line", () => {
    const bullets = Array.from(
      { length: 20 },
      (_, i) => `- 작업 ${i + 1}: ${"주문 처리 성능을 개선했습니다 ".repeat(3)}`,
    );
    const chunks = chunkResume(["경력", "주식회사 예시 | 백엔드 개발자", ...bullets].join("\n"));
    expect(chunks.length).toBeGreaterThan(1);
    for (const chunk of chunks) {
      expect(chunk.text.startsWith("주식회사 예시 | 백엔드 개발자")).toBe(true);
      expect(chunk.text.length).toBeLessThanOrEqual(800);
    }
    const lastOfFirst = chunks[0]!.text.split("\n").at(-1)!;
    expect(chunks[1]!.text.split("\n")[1]).toBe(lastOfFirst);
  });

  it("cuts an English resume the same way", () => {
    const chunks = chunkResume(resumeText(ENGLISH_RESUME));
    expect(chunks.filter((chunk) => chunk.section === "experience")).toHaveLength(2);
    expect(chunks.filter((chunk) => chunk.section === "projects")).toHaveLength(2);
    expect(chunks.find((chunk) => chunk.section === "skills")?.heading).toBe("Skills");
  });
});
