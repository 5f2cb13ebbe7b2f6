import { describe, expect, it } from "vitest";
import { chunkResume } from "../chunk/chunk-resume";
import { extractResumeFacts } from "./extract-resume-facts";

// Whole resumes in other conventions, as text: which lines are projects and which are only results.
const facts = (lines: string[]) => {
  const text = lines.join("\n");
  return extractResumeFacts(text, chunkResume(text));
};
const names = (lines: string[]) => facts(lines).projects.map((project) => project.name);

describe("projects and results in other conventions", () => {
  it("reads a 경력기술서's numbered projects with 담당업무/성과 lists, and no result as a project", () => {
    const found = facts([
      "경력기술서",
      "정민수 | 백엔드 개발자 | minsu.jung@example.com",
      "(주)페이웨이브 | 결제플랫폼팀 선임 | 21.03 ~ 23.02",
      "- 1) 결제 승인 시스템 MSA 전환 (21.06 ~ 22.03)",
      "- 담당업무",
      "- Kafka 기반 이벤트 발행 및 Outbox 패턴 적용",
      "- 성과",
      "- 결제 실패율 30% 감소",
      "- 2) PG사 다중화 및 라우팅 (22.04 ~ 23.01)",
      "- 성과",
      "- PG 장애 시 결제 성공률 99.2% 유지",
    ]);
    expect(found.projects.map((p) => p.name)).toEqual(["결제 승인 시스템 MSA 전환", "PG사 다중화 및 라우팅"]);
    expect(found.projects[0]).toMatchObject({ period: "21.06 ~ 22.03", company: "(주)페이웨이브" });
    expect(found.projects[0]!.results).toContain("결제 실패율 30% 감소");
    expect(found.companies).toEqual(["(주)페이웨이브"]);
  });

  it("keeps a job's 주요 성과 list out of the project above it and out of the projects", () => {
    expect(
      names([
        "경력",
        "㈜핀다온 · 서버 개발 리드",
        "2021년 3월 ~ 현재",
        "- 대출 비교 엔진 재구축 (2021년 6월 ~ 2022년 5월)",
        "- 조회 응답 시간 p95 9초 → 2.5초",
        "- 주요 성과",
        "- 결제 실패율 30% 감소",
        "- 장애 대응 온콜 체계 수립, MTTR 45분 → 15분",
      ]),
    ).toEqual(["대출 비교 엔진 재구축"]);
  });

  it("reads projects from a LinkedIn description paragraph", () => {
    const found = facts([
      "Experience",
      "Streamly",
      "Senior Android Engineer",
      "March 2021 - Present (3 years 10 months)",
      "Austin, Texas, United States",
      "Tech lead for the player team. Led the Offline Downloads feature end to end: a download queue. Cut cold start time by 35%. Mentored four engineers.",
    ]);
    expect(found.projects.map((p) => p.name)).toEqual(["Offline Downloads feature"]);
    expect(found.companies).toEqual(["Streamly"]);
  });

  it("reads 'Role — Company' over a date line as a job, and a tagged project beside result bullets", () => {
    const found = facts([
      "경력",
      "당근페이먼츠 — 프로덕트 매니저",
      "2022년 4월 ~ 현재",
      "- 분기별 OKR 수립 및 주간 지표 리뷰 운영",
      "Lead Product Designer — Fernway Travel",
      "Mar 2019 – Mar 2022",
      "- [프로젝트] 스터디 매칭 추천 기능 (2020.09 ~ 2021.02)",
      "- 앱 리뷰 평점 3.8 → 4.5 개선",
    ]);
    expect(found.companies).toEqual(["당근페이먼츠", "Fernway Travel"]);
    expect(found.projects.map((p) => p.name)).toEqual(["스터디 매칭 추천 기능"]);
  });

  it("reads a client table with YY.MM dates and labelled pairs on one line", () => {
    const found = facts([
      "주요 프로젝트 이력",
      "23.06 ~ 24.01 병원 예약 관리 시스템 구축",
      "고객사: 메디케어링크 · 역할: 풀스택 (2인)",
      "Next.js, NestJS, PostgreSQL · 예약 부도율 15% 감소",
      "22.01 ~ 22.07 쇼핑몰 관리자 페이지 리뉴얼",
      "고객사: 올리브데일리 · 역할: 프론트엔드",
    ]);
    expect(found.projects.map((p) => [p.name, p.period, p.company, p.role])).toEqual([
      ["병원 예약 관리 시스템 구축", "23.06 ~ 24.01", "메디케어링크", "풀스택 (2인)"],
      ["쇼핑몰 관리자 페이지 리뉴얼", "22.01 ~ 22.07", "올리브데일리", "프론트엔드"],
    ]);
    expect(found.companies).toEqual(["메디케어링크", "올리브데일리"]);
  });

  it("reads quoted names of things built in club and hackathon lines, and a project's meta line", () => {
    expect(
      names([
        "학회 · 동아리",
        "개발 동아리 멋쟁이사자처럼 11기 · 백엔드 파트 (2023.03 ~ 2023.12)",
        "- 중고 교재 거래 플랫폼 '책방' 백엔드 개발 (Django, PostgreSQL), 교내 사용자 600명",
        "- 아이디어톤 및 중앙 해커톤 참가",
        "",
        "Projects",
        "가계부 앱 '머니로그'",
        "2022.6 - 2022.10 · 개인 프로젝트",
        "React Native, Expo, Supabase로 만든 가계부 앱. 누적 다운로드 3천 회.",
      ]),
    ).toEqual(["책방", "머니로그"]);
  });

  it("takes the employer from a placed line under 'Role, Team | dates'", () => {
    const found = facts([
      "Experience",
      "Software Engineer, Payments | Jan 2023 – May 2024",
      "Stripe | San Francisco, CA",
      "- Held weekly office hours for 120 merchants.",
    ]);
    expect(found.companies).toEqual(["Stripe"]);
    expect(found.projects).toEqual([]);
  });

  it("takes no employer from a teaching assistant's placed line (the corpora count none)", () => {
    const found = facts([
      "Experience",
      "Teaching Assistant, Data Structures | Jan 2023 – May 2024",
      "New York University | New York, NY",
      "- Held weekly office hours for 120 students.",
    ]);
    expect(found.companies).toEqual([]);
    expect(found.projects).toEqual([]);
  });
});
