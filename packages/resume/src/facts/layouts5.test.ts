import { describe, expect, it } from "vitest";
import { chunkResume } from "../chunk/chunk-resume";
import { tableHeader } from "../chunk/section-lines";
import { closeSpacedSyllables, joinStackedLetters } from "../chunk/spaced-letters";
import { firstRange } from "./date-range";
import { extractResumeFacts } from "./extract-resume-facts";
import { findDates } from "./find-dates";
import { namesPractice } from "./practice-names";

// Conventions of the fifth corpus: 이력서 양식 tables with side labels, prose resumes, key-value
// entries, PM practices beside tools, apostrophised years.
const facts = (lines: string[]) => {
  const text = lines.join("\n");
  return extractResumeFacts(text, chunkResume(text));
};

describe("letters a form spaces or stacks", () => {
  it("joins a side label set one letter a line, not a lone broken cell", () => {
    expect(joinStackedLetters(["", "경", "력", "", "(주)페이웨이", "브"])).toEqual([
      "",
      "경력",
      "",
      "(주)페이웨이",
      "브",
    ]);
  });

  it("leaves one-letter tools listed one a line apart", () => {
    expect(joinStackedLetters(["R", "C", "Go"])).toEqual(["R", "C", "Go"]);
  });

  it("closes letter-spaced cells, not one-syllable words in running text", () => {
    expect(closeSpacedSyllables("기 간 | 회 사 명")).toBe("기간 | 회사명");
    expect(closeSpacedSyllables("정산 시스템 개발 및 운영")).toBe("정산 시스템 개발 및 운영");
    expect(closeSpacedSyllables("5년 차 백엔드 개발자")).toBe("5년 차 백엔드 개발자");
    expect(tableHeader("기간 | 회사명직위 | 담당업무")).toBe(true);
  });

  it("reads the skills and employers of a form with stacked side labels", () => {
    const found = facts([
      "이 력 서",
      "",
      "경",
      "력",
      "",
      "기 간 | 회 사 명 | 직 위 | 담 당 업 무",
      "- 21.03~현재 | (주)페이웨이브 | 대리 | 정산 시스템 개발",
      "",
      "기",
      "술",
      "",
      "언 어 | Java, Kotlin",
    ]);
    expect(found.skills).toEqual(expect.arrayContaining(["Java", "Kotlin"]));
    expect(found.companies.some((company) => company.includes("페이웨이브"))).toBe(true);
    expect(found.companies).not.toContain("기간");
  });
});

describe("resumes whose headings the reader does not know", () => {
  it("still reads the skills and quoted projects of a prose resume", () => {
    const found = facts([
      "박나래 데이터 분석가 · nara@example.com",
      "",
      "지금 하고 있는 일",
      "",
      "주식회사 메디큐브에서 '진료 예약 이탈 분석 대시보드' 프로젝트를 맡아 BigQuery와 dbt로 모델을 정리했습니다.",
    ]);
    expect(found.skills).toEqual(expect.arrayContaining(["BigQuery", "dbt"]));
    expect(found.projects.map((project) => project.name)).toEqual(["진료 예약 이탈 분석 대시보드"]);
    // A legal form names the employer, its particle cut off.
    expect(found.companies).toEqual(["주식회사 메디큐브"]);
  });
});

describe("entries of the fifth corpus", () => {
  it("reads a 'Role, Team — Company' title over a 'Place · dates' line", () => {
    const found = facts([
      "Experience",
      "Senior Product Manager, Checkout — Zalando",
      "Berlin · Mar '22–Present",
      "- Launched Pay Later Rollout with Klarna in DACH, reaching 21% of orders.",
      "Product Manager — HelloFresh",
      "Berlin · Jun '19–Feb '22",
      "- Defined event tracking with Amplitude.",
    ]);
    expect(found.companies).toEqual(["Zalando", "HelloFresh"]);
    expect(found.projects.map((project) => project.name)).toEqual(["Pay Later Rollout"]);
  });

  it("reads a labelled project row and a dated sibling bullet as two projects", () => {
    const found = facts([
      "경력",
      "회사 | 버킷플레이스",
      "기간 | 22.04 ~ 현재",
      "프로젝트 | 멀티 리전 EKS 전환 (22.09 ~ 23.06) — Karpenter, Istio로 리전 이중화",
      "- 관측성 플랫폼 통합 (23.08 ~ 24.03) — Prometheus, Thanos로 통합",
    ]);
    expect(found.projects.map((project) => project.name)).toEqual([
      "멀티 리전 EKS 전환",
      "관측성 플랫폼 통합",
    ]);
  });

  it("reads apostrophised years, arrows and two months of one year as ranges", () => {
    expect(findDates("Berlin · Mar '22–Present")).toEqual(["Mar '22–Present"]);
    expect(findDates("Jan 2022 → now · remote")).toEqual(["Jan 2022 → now"]);
    expect(firstRange("May–Aug 2023")?.range).toEqual({ start: 2023 * 12 + 4, end: 2023 * 12 + 7 });
  });
});

describe("skills of the fifth corpus", () => {
  it("takes ways of working for practices, not skills", () => {
    for (const practice of [
      "Scrum",
      "OKRs",
      "Roadmapping",
      "Jobs-to-be-Done",
      "사용자 인터뷰",
      "애자일 방법론",
    ]) {
      expect(namesPractice(practice), practice).toBe(true);
    }
    expect(namesPractice("Jira")).toBe(false);
    const found = facts([
      "Toolbox",
      "Jira · Amplitude",
      "",
      "Practices",
      "Product discovery · OKRs · Agile / Scrum",
    ]);
    expect(found.skills).toEqual(["Jira", "Amplitude"]);
  });

  it("drops a level written after a skill", () => {
    const found = facts(["Skills", "Svelte / SvelteKit Expert", "HTMX Advanced", "Astro Intermediate"]);
    expect(found.skills).toEqual(["Svelte", "SvelteKit", "HTMX", "Astro"]);
  });
});

describe("jobs of cards, year columns and forms", () => {
  it("reads the employer beside the kind of employment on a LinkedIn-style card", () => {
    const found = facts([
      "Experience",
      "- Product Owner",
      "- 토스뱅크 · 정규직",
      "- 2022. 6 - 현재 · 2년 7개월",
      "- 서비스 기획자",
      "- 무신사 · 정규직",
      "- 2019. 3 - 2022. 5 · 3년 3개월",
    ]);
    expect(found.companies).toEqual(["토스뱅크", "무신사"]);
  });

  it("reads a year column broken after its dash as the dates of the title beside it", () => {
    const found = facts([
      "EMPLOYMENT HISTORY",
      "2021 –",
      "",
      "present",
      "",
      "Senior Backend Engineer, Allegro Pay, Warsaw",
      "2019 – 2021 Backend Engineer, Revolut, Kraków",
    ]);
    expect(found.companies).toEqual(["Allegro Pay", "Revolut"]);
  });

  it("takes the employer, not the team, beside a dot and no project from remote work", () => {
    const found = facts([
      "Work",
      "Co-op, Analytics · Ontario Health",
      "- Automated weekly capacity reports with Python.",
      "Frontend Engineer @ Doctolib",
      "Jan 2022 → now · remote",
      "- Rewrote the calendar in SvelteKit.",
    ]);
    expect(found.companies).toEqual(["Ontario Health", "Doctolib"]);
    expect(found.projects).toEqual([]);
  });

  it("reads no entry from a form's closing attestation", () => {
    const found = facts([
      "프로젝트",
      "가맹점 즉시정산 서비스 구축",
      "- API 개발 (Spring Boot)",
      "위에 기재한 사항은 사실과 다름없음을 확인합니다.",
      "2024년 1월 15일 작성자: 한지호 (인)",
    ]);
    expect(found.projects.map((project) => project.name)).toEqual(["가맹점 즉시정산 서비스 구축"]);
  });

  it("reads a lower-case plural reworked as a task, not a project", () => {
    const found = facts([
      "Experience",
      "Data Engineering Intern · Wealthsimple",
      "- Rebuilt the daily account-balance snapshots as dbt models on Snowflake.",
    ]);
    expect(found.projects).toEqual([]);
  });
});

describe("projects of timeline cards", () => {
  it("reads the short line under a card's dates as the project, drawn indented", () => {
    const found = facts([
      "프로젝트",
      "",
      "- 2023년 2월 – 2023년 9월 · 핏메이트",
      "- PT 일지 오프라인 모드",
      "- Drift(SQLite) 기반 로컬 저장과 백그라운드 동기화 구현, 이용자 불만 70% 감소.",
      "",
      "- 2022년 4월 – 2022년 6월 · 개인",
      "- 냥집사 다이어리",
      "- 반려묘 건강 기록 앱. Flutter, Bloc.",
    ]);
    expect(found.projects.map((project) => [project.name, project.period])).toEqual([
      ["PT 일지 오프라인 모드", "2023년 2월 – 2023년 9월"],
      ["냥집사 다이어리", "2022년 4월 – 2022년 6월"],
    ]);
  });
});

describe("projects of a form's table and of prose", () => {
  it("reads each dated row of a projects table, its name cell wrapped or not, with its cells", () => {
    const found = facts([
      "프로젝트",
      "- 23.01~23.10 | 정산 DB 샤딩 전환",
      "(주)페이웨이",
      "브",
      "설계·개발 (Vitess, MySQL)",
      "",
      "- 21.06~22.08",
      "가맹점 즉시정산 서비스",
      "구축",
      "",
      "API 개발 (Spring Boot, RabbitMQ)",
    ]);
    expect(found.projects.map((project) => [project.name, project.period])).toEqual([
      ["정산 DB 샤딩 전환", "23.01~23.10"],
      ["가맹점 즉시정산 서비스 구축", "21.06~22.08"],
    ]);
  });

  it("reads a quoted 작업 in prose as a project", () => {
    const found = facts([
      "박나래 · nara@example.com",
      "",
      "지금 하고 있는 일",
      "",
      "2023년에는 '야간 배치 안정화' 작업을 이끌었습니다.",
    ]);
    expect(found.projects.map((project) => project.name)).toEqual(["야간 배치 안정화"]);
  });

  it("reads no project from the employer's own name in title marks", () => {
    const found = facts([
      "경력",
      "주식회사 핏메이트 · 앱 개발자 · 2021.03 – 현재",
      "- 헬스장 예약 앱 「핏메이트」를 Flutter로 재작성",
    ]);
    expect(found.projects).toEqual([]);
  });
});

describe("named work outside a job's first clause, TA posts and notes on skills", () => {
  it("reads a capitalised name made in a functional CV's accomplishments and in a later clause", () => {
    const found = facts([
      "Relevant accomplishments",
      "Service design",
      "- Designed Ledgerline, a double-entry ledger service in Ktor.",
      "- Led a study group on Kotlin coroutines.",
      "",
      "Experience",
      "Senior Product Manager — Zalando",
      "- Own the checkout funnel for 14 markets; led One-Page Checkout, lifting conversion by 3.1%.",
    ]);
    expect(found.projects.map((project) => project.name)).toEqual(["Ledgerline", "One-Page Checkout"]);
  });

  it("takes no employer from a teaching assistant's post", () => {
    const found = facts([
      "Work",
      "May–Aug 2023 Data Engineering Intern · Wealthsimple",
      "2021–2024 Teaching Assistant · University of Toronto, STA130",
    ]);
    expect(found.companies).toEqual(["Wealthsimple"]);
  });

  it("drops a lower-case note in brackets after a skill", () => {
    expect(facts(["Skills", "Data: dbt, Spark (coursework), Python (pandas)"]).skills).toEqual([
      "dbt",
      "Spark",
      "Python",
      "pandas",
    ]);
  });
});
