import { describe, expect, it } from "vitest";
import { headingSection } from "../chunk/section-headings";
import { bulletProject } from "./bullet-project";
import { firstRange } from "./date-range";
import { findDates } from "./find-dates";
import {
  datedSubheading,
  employerWithPlace,
  isContactLine,
  labelOnly,
  labelPairs,
  projectMetaLine,
  quotedName,
  quotedWork,
  runsOn,
  sentences,
  withoutDuration,
} from "./work-lines";

const month = (year: number, m: number) => year * 12 + m - 1;

describe("dates as Korean and English resumes write them", () => {
  it("reads two-digit year ranges (YY.MM) and the other common forms", () => {
    expect(findDates("(주)페이웨이브 | 선임 | 21.03 ~ 23.02")).toEqual(["21.03 ~ 23.02"]);
    expect(firstRange("21.03 ~ 23.02")?.range).toEqual({ start: month(2021, 3), end: month(2023, 2) });
    expect(firstRange("98.03 ~ 01.02")?.range).toEqual({ start: month(1998, 3), end: month(2001, 2) });
    expect(firstRange("22.9 - 현재")?.range.start).toBe(month(2022, 9));
    expect(firstRange("2021.3 - 현재")?.range.start).toBe(month(2021, 3));
    expect(firstRange("2021년 3월 ~ 2023년 2월")?.range).toEqual({
      start: month(2021, 3),
      end: month(2023, 2),
    });
    expect(firstRange("Mar 2021 – Present")?.range.start).toBe(month(2021, 3));
    expect(findDates("March 2021 - Present (3 years 10 months)")).toEqual(["March 2021 - Present"]);
    expect(firstRange("2021-03 ~ 2023-02")?.range).toEqual({ start: month(2021, 3), end: month(2023, 2) });
    expect(firstRange("21년 3월 ~ 23년 2월")?.range).toEqual({ start: month(2021, 3), end: month(2023, 2) });
    expect(firstRange("'21.03 ~ '23.02")?.range).toEqual({ start: month(2021, 3), end: month(2023, 2) });
  });

  it("does not take decimals, ratings or versions for two-digit year dates", () => {
    expect(findDates("평점 3.8 → 4.5, 성공률 99.2% 유지, 21.03 단독")).toEqual([]);
    expect(findDates("Python 3.10 - 3.12, 버전 1.2 - 3.4")).toEqual([]);
  });

  it("drops a LinkedIn duration but keeps years", () => {
    expect(withoutDuration("June 2017 - February 2021 (3 years 9 months)")).toBe("June 2017 - February 2021");
    expect(withoutDuration("2021년 6월 ~ 2022년 5월 (1년 2개월)")).toBe("2021년 6월 ~ 2022년 5월");
  });
});

describe("headings of other conventions", () => {
  it("knows Notion emoji, 이력/내역, Selected Work, 학회, 해커톤 and 툴 headings", () => {
    expect(headingSection("💼 Experience")).toBe("experience");
    expect(headingSection("🛠 Skills")).toBe("skills");
    expect(headingSection("주요 프로젝트 이력")).toBe("projects");
    expect(headingSection("재직 경력")).toBe("experience");
    expect(headingSection("S E L E C T E D W O R K")).toBe("projects");
    expect(headingSection("학회 · 동아리")).toBe("activities");
    expect(headingSection("해커톤 · 공모전")).toBe("activities");
    expect(headingSection("툴")).toBe("skills");
    expect(headingSection("이력")).toBeNull();
  });
});

describe("lines of entries", () => {
  it("knows a contact line", () => {
    expect(isContactLine("정민수 | 백엔드 개발자 | minsu.jung@example.com")).toBe(true);
    expect(isContactLine("오지훈 · 010-9876-5432")).toBe(true);
    expect(isContactLine("(주)페이웨이브 | 결제플랫폼팀 선임 | 21.03 ~ 23.02")).toBe(false);
  });

  it("takes a quoted name out of a description, but keeps a capitalised name whole", () => {
    expect(quotedName("가계부 앱 '머니로그'")).toBe("머니로그");
    expect(quotedName("사내 디자인 시스템 'Breeze UI' 구축")).toBe("Breeze UI");
    expect(quotedName('Design System "Aurora"')).toBe("Design System Aurora");
    expect(quotedName("정산 배치 개선")).toBe("정산 배치 개선");
  });

  it("reads a quoted name of something built in an activity line, not any quotation", () => {
    expect(quotedWork("2024 오픈소스 해커톤 — '잇다' 장애인 이동 경로 안내 서비스 (대상)")).toBe("잇다");
    expect(quotedWork("중고 교재 거래 플랫폼 '책방' 백엔드 개발")).toBe("책방");
    expect(quotedWork("동아리 슬로건 '함께 자라기' 제정")).toBeNull();
  });

  it("reads a project written as a dated sub-heading under a job, not a label or a sentence", () => {
    expect(datedSubheading("- 1) 결제 승인 시스템 MSA 전환 (21.06 ~ 22.03)")).toBe(
      "결제 승인 시스템 MSA 전환",
    );
    expect(datedSubheading("■ 대출 비교 엔진 재구축 (2021년 6월 ~ 2022년 5월)")).toBe(
      "대출 비교 엔진 재구축",
    );
    expect(datedSubheading("- 2020.03 ~ 2020.09 주문 조회 쿼리를 튜닝했습니다")).toBeNull();
    expect(datedSubheading("- 성과 (2021.01 ~ 2021.06)")).toBeNull();
    expect(datedSubheading("- 결제 실패율 30% 감소")).toBeNull();
    expect(datedSubheading("March 2021 - Present (3 years 10 months)")).toBeNull();
  });

  it("knows label-only lines", () => {
    expect(labelOnly("- 담당업무")).toBe(true);
    expect(labelOnly("■ 주요 성과")).toBe(true);
    expect(labelOnly("Key achievements")).toBe(true);
    expect(labelOnly("- 결제 실패율 30% 감소")).toBe(false);
  });

  it("splits prose into sentences", () => {
    expect(
      sentences(
        "Tech lead for the team. Led the Offline Downloads feature end to end: queue. Cut time by 35%.",
      ),
    ).toEqual([
      "Tech lead for the team.",
      "Led the Offline Downloads feature end to end: queue.",
      "Cut time by 35%.",
    ]);
  });

  it("knows a project's period, kind, part or stack line from a title", () => {
    expect(projectMetaLine("2022.6 - 2022.10 · 개인 프로젝트")).toBe(true);
    expect(projectMetaLine("2023.02 ~ 2023.08 · 백엔드 1인 개발 · Kotlin, Spring Boot, PostgreSQL")).toBe(
      true,
    );
    expect(projectMetaLine("Next.js, Yjs, WebSocket · 동시 편집 사용자 50명까지 지연 100ms 이하")).toBe(true);
    expect(projectMetaLine("22.01 ~ 22.07 쇼핑몰 관리자 페이지 리뉴얼")).toBe(false);
    expect(projectMetaLine("2021 | a11y-lint: ESLint rules for accessible React forms.")).toBe(false);
  });

  it("splits several labelled pairs on one line", () => {
    expect(labelPairs("고객사: 메디케어링크 · 역할: 풀스택 (2인)")).toEqual([
      "고객사: 메디케어링크",
      "역할: 풀스택 (2인)",
    ]);
    expect(labelPairs("Next.js, NestJS · 예약 부도율 15% 감소")).toEqual([
      "Next.js, NestJS · 예약 부도율 15% 감소",
    ]);
  });

  it("reads an employer with its place, and a line that runs on", () => {
    expect(employerWithPlace("New York University | New York, NY")).toBe("New York University");
    expect(employerWithPlace("Software Engineer | Boston, MA")).toBeNull();
    expect(employerWithPlace("- Shipped the app | Remote")).toBeNull();
    expect(runsOn("open-data study of bike availability with")).toBe(true);
    expect(runsOn("a dbt package of SQL style checks")).toBe(false);
  });
});

describe("projects named by bullets", () => {
  it("takes the object of a verb when it names one piece of work", () => {
    expect(bulletProject("- Redesigned the booking flow; checkout completion up 14%")).toBe("booking flow");
    expect(bulletProject("- Set up the Compass design system in Figma")).toBe("Compass design system");
    expect(bulletProject("Owned the Trip Lake project: moved 4 TB/day")).toBe("Trip Lake");
    expect(bulletProject("- Built a Power BI dashboard for 40 regional managers")).toBe("Power BI dashboard");
    expect(bulletProject("- Built the REST API for the invoicing product in Python")).toBe(
      "REST API for the invoicing product",
    );
    expect(bulletProject("- Key project — Route Optimizer v2: rewrote the solver")).toBe(
      "Route Optimizer v2",
    );
  });

  it("leaves counts, bare plurals, lone nouns and results", () => {
    expect(bulletProject("- Shipped 30+ bug fixes and small features")).toBeNull();
    expect(bulletProject("Built Android apps for local restaurants and a church, in Java.")).toBeNull();
    expect(bulletProject("- Owned the roadmap for the integrations team")).toBeNull();
    expect(bulletProject("- Reduced p99 latency of the dispatch API by 40%")).toBeNull();
    expect(bulletProject("- 결제 실패율 30% 감소")).toBeNull();
    expect(bulletProject("- Led a team of 5 engineers to deliver the new checkout")).toBeNull();
    expect(bulletProject("- Created a culture of code review")).toBeNull();
    expect(bulletProject("- 매출 20% 증가: 프로모션 최적화")).toBeNull();
    expect(bulletProject("- 고객 이탈률 15% 감소 — 리텐션 캠페인 운영")).toBeNull();
    expect(bulletProject("- 유료 멤버십 도입 기획, 첫 분기 유료 전환율 4.2%")).toBe("유료 멤버십 도입 기획");
  });
});
