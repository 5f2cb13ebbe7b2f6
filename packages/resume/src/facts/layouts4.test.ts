import { describe, expect, it } from "vitest";
import { chunkResume } from "../chunk/chunk-resume";
import { headingSection } from "../chunk/section-headings";
import { extractResumeFacts } from "./extract-resume-facts";

// Conventions of form-style, bilingual, outline-numbered, academic and consultant resumes.
const facts = (text: string) => extractResumeFacts(text, chunkResume(text));

describe("headings of other resume conventions", () => {
  it("reads headings behind markers, outline numbers and with a note in brackets", () => {
    expect(headingSection("◎ 재직 이력")).toBe("experience");
    expect(headingSection("◎ 프로젝트 수행 이력")).toBe("projects");
    expect(headingSection("2. 경력 상세")).toBe("experience");
    expect(headingSection("경력사항 (총 6년 2개월)")).toBe("experience");
    expect(headingSection("프로젝트 경력")).toBe("projects");
  });

  it("reads joined and bilingual headings as one", () => {
    expect(headingSection("학력 및 자격")).toBe("education");
    expect(headingSection("6. 자격 및 수상")).toBe("certifications");
    expect(headingSection("3. 경력 및 인턴")).toBe("experience");
    expect(headingSection("기술 Skills")).toBe("skills");
    expect(headingSection("경력 Experience")).toBe("experience");
    expect(headingSection("수상 및 발표 Awards & Talks")).toBe("awards");
    expect(headingSection("Honours and Awards")).toBe("awards");
    // A heading word beside something else is no heading.
    expect(headingSection("기술 Python")).toBeNull();
    expect(headingSection("연락처 Contact")).toBeNull();
    expect(headingSection("가. 정보처리기사")).toBeNull();
  });

  it("knows the headings of research and consulting CVs", () => {
    expect(headingSection("Appointments")).toBe("experience");
    expect(headingSection("Industry Experience")).toBe("experience");
    expect(headingSection("Software")).toBe("projects");
    expect(headingSection("S E L E C T E D C L I E N T E N G A G E M E N T S")).toBe("projects");
    expect(headingSection("C A PA B I L I T I E S")).toBe("skills");
    expect(headingSection("References")).toBe("other");
  });

  it("reads no skill from a section heading of certificates and awards", () => {
    const found = facts(
      ["5. 보유 기술", "- 가. 언어: Kotlin, Java", "", "6. 자격 및 수상", "- 가. 정보처리기사"].join("\n"),
    );
    expect(found.skills).toEqual(["Kotlin", "Java"]);
  });
});
