import { describe, expect, it } from "vitest";
import { readPosting } from "./read-posting";

describe("readPosting", () => {
  it("reads a Korean posting by its headings", () => {
    const posting = readPosting(
      [
        "(주)한빛페이 백엔드 개발자 채용",
        "포지션: 백엔드 개발자 (결제플랫폼)",
        "[주요 업무]",
        "- 결제 승인·정산 API 설계와 운영",
        "- Kafka 기반 이벤트 파이프라인 운영",
        "[자격 요건]",
        "• Java 또는 Kotlin, Spring Boot 실무 3년 이상",
        "• MySQL 등 RDBMS 설계 경험",
        "[우대 사항]",
        "• Kubernetes 운영 경험",
        "[복지]",
        "- 점심 제공",
      ].join("\n"),
    );
    expect(posting.company).toBe("(주)한빛페이");
    expect(posting.role).toBe("백엔드 개발자 (결제플랫폼)");
    expect(posting.duties).toEqual(["결제 승인·정산 API 설계와 운영", "Kafka 기반 이벤트 파이프라인 운영"]);
    expect(posting.required).toHaveLength(2);
    expect(posting.preferred).toEqual(["Kubernetes 운영 경험"]);
    expect(posting.skills).toEqual(
      expect.arrayContaining(["Kafka", "Java", "Kotlin", "Spring Boot", "MySQL", "Kubernetes"]),
    );
    expect(posting.skills).not.toContain("Spring");
  });

  it("reads an English posting and leaves benefits out", () => {
    const posting = readPosting(
      "Northwind is hiring a Senior Frontend Engineer\nWhat you'll do\nBuild the checkout in React\nRequirements:\n5+ years with TypeScript\nNice to have\nExperience with Playwright\nBenefits\nRemote budget",
    );
    expect(posting.company).toBe("Northwind");
    expect(posting.role).toBe("Senior Frontend Engineer");
    expect(posting.required).toEqual(["5+ years with TypeScript"]);
    expect(posting.preferred).toEqual(["Experience with Playwright"]);
    expect([...posting.skills].sort()).toEqual(["Playwright", "React", "TypeScript"]);
  });

  it("reads headings written inline with their items, and a company in brackets", () => {
    const posting = readPosting(
      "[토스뱅크] Server Developer\n자격요건: Kotlin 또는 Java 3년 이상, Spring Boot 실무 경험\n우대사항: Kafka 운영 경험\n주요업무: 여신 서비스 서버 개발",
    );
    expect(posting.company).toBe("토스뱅크");
    expect(posting.role).toBe("Server Developer");
    expect(posting.required).toEqual(["Kotlin 또는 Java 3년 이상", "Spring Boot 실무 경험"]);
    expect(posting.preferred).toEqual(["Kafka 운영 경험"]);
    expect(posting.duties).toEqual(["여신 서비스 서버 개발"]);
    expect(posting.skills).toEqual(expect.arrayContaining(["Kotlin", "Java", "Spring Boot", "Kafka"]));
  });

  it("reads a posting pasted as one paragraph", () => {
    const posting = readPosting(
      "We are hiring a Senior Frontend Engineer. You will build our design system with React. Requirements: 5 years of React, strong TypeScript. Nice to have: GraphQL, Storybook.",
    );
    expect(posting.role).toBe("Senior Frontend Engineer");
    expect(posting.required).toEqual(["5 years of React", "strong TypeScript"]);
    expect(posting.preferred).toEqual(["GraphQL", "Storybook"]);
  });

  it("finds the company after the title's dash or in an 'About' line", () => {
    const posting = readPosting(
      "Backend Engineer (Payments) — Finch\nAbout Finch\nWhat you'll do\n- Run the ledger\nWhat we're looking for\n- Go or Java",
    );
    expect(posting.company).toBe("Finch");
    expect(posting.role).toBe("Backend Engineer (Payments)");
    expect(posting.required).toEqual(["Go or Java"]);
  });
});
