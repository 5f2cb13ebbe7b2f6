import { describe, expect, it } from "vitest";
import { chunkResume } from "../chunk/chunk-resume";
import { headingSection } from "../chunk/section-headings";
import { extractResumeFacts } from "./extract-resume-facts";
import { findDates } from "./find-dates";
import { namesRole } from "./role-words";

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

describe("entries of other resume conventions", () => {
  it("reads year-month points side by side as a range (a font without the dash)", () => {
    expect(findDates("웹 퍼블리셔 · 2020.07 2021.12")).toEqual(["2020.07 2021.12"]);
    expect(findDates("프론트엔드 개발자 · 2022.01 현재")).toEqual(["2022.01 현재"]);
  });

  it("knows ranks, co-ops and fellowships as roles", () => {
    expect(namesRole("플랫폼개발팀 / 책임")).toBe(true);
    expect(namesRole("(주)소프트베리 현장실습생")).toBe(true);
    expect(namesRole("Engineering Co-op (Summer 2014)")).toBe(true);
    expect(namesRole("Postdoctoral Fellow")).toBe(true);
  });

  it("reads a 【프로젝트명】 line under a job as one of its projects", () => {
    const found = facts(
      [
        "경력 상세",
        "주식회사 데이터온 (2020.09 ~ 현재) / 데이터플랫폼팀 / 수석",
        "【프로젝트명】 실시간 추천 피처 스토어",
        "- 기간: 2023.02 ~ 현재",
        "- 사용기술: Flink, Kafka",
      ].join("\n"),
    );
    expect(found.projects.map((project) => project.name)).toEqual(["실시간 추천 피처 스토어"]);
  });
});
