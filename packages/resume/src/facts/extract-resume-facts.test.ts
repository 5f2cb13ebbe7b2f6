import { describe, expect, it } from "vitest";
import { chunkResume } from "../chunk/chunk-resume";
import { resumeText } from "../fixtures/resume-pdf";
import { ENGLISH_RESUME, KOREAN_RESUME } from "../fixtures/sample-resumes";
import { extractResumeFacts } from "./extract-resume-facts";
import { findCompanies } from "./find-companies";
import { findDates } from "./find-dates";
import { findRoles } from "./find-roles";

function factsOf(text: string) {
  return extractResumeFacts(text, chunkResume(text));
}

describe("extractResumeFacts on the Korean resume", () => {
  const text = resumeText(KOREAN_RESUME);
  const facts = factsOf(text);

  it("finds skills, those used in jobs and projects first, each pointing at a chunk that shows it", () => {
    expect(facts.skills.slice(0, 4)).toEqual(["Kafka", "Spring Boot", "PostgreSQL", "Redis"]);
    expect(facts.skills).toEqual(
      expect.arrayContaining([
        "Java",
        "Kotlin",
        "JPA",
        "FastAPI",
        "Kubernetes",
        "GitHub Actions",
        "WebSocket",
      ]),
    );
    expect(facts.skills).not.toContain("Spring"); // said by "Spring Boot"
    expect(facts.skills).not.toContain("API"); // a concept, not a skill
    const chunks = chunkResume(text);
    const redisChunk = chunks.find((chunk) => chunk.id === facts.skillChunks.Redis);
    expect(redisChunk?.text).toContain("Redis 캐시를 도입해");
  });

  it("finds projects by their titles, with descriptions and chunks", () => {
    expect(facts.projects.map((project) => project.name)).toEqual([
      "실시간 주문 알림 시스템",
      "정산 자동화 플랫폼",
      "사내 장애 대응 대시보드",
      "딥러닝 기반 음식 이미지 분류 앱",
    ]);
    expect(facts.projects[1]!.description).toContain("Airflow 배치로 자동화해");
    expect(facts.projects[0]!.chunkId).toBe("c4");
    expect(facts.projects[0]).toMatchObject({
      period: "2022.01 - 2022.06",
      technologies: ["Kafka", "WebSocket"],
    });
    expect(facts.projects[0]!.role).toContain("백엔드 리드");
    expect(facts.projects[0]!.results.join(" ")).toContain("3,000건");
  });

  it("finds companies, roles and dates", () => {
    expect(facts.companies).toEqual(["주식회사 배달한끼", "(주)핀테크랩"]);
    expect(facts.roles).toEqual(["백엔드 개발자", "서버 개발 인턴", "백엔드 리드", "팀장"]);
    expect(facts.dates).toEqual([
      "2021.03 - 현재",
      "2020.07 - 2020.12",
      "2022.01 - 2022.06",
      "2023.03 - 2023.09",
      "2024.02 - 2024.05",
      "2015.03 - 2021.02",
      "2020.11",
    ]);
  });
});

describe("extractResumeFacts on the English resume", () => {
  const facts = factsOf(resumeText(ENGLISH_RESUME));

  it("finds named tools, not capitalised ordinary words", () => {
    expect(facts.skills.slice(0, 3)).toEqual(["React", "TypeScript", "JavaScript"]);
    expect(facts.skills).toEqual(expect.arrayContaining(["Playwright", "Next.js", "IndexedDB", "Figma"]));
    expect(facts.skills).not.toContain("Frontend");
    expect(facts.skills).not.toContain("Frameworks");
  });

  it("finds projects, companies, roles and dates", () => {
    // Bullets that lead with the work ("Led the migration of …", "Built a … dashboard") name projects too.
    expect(facts.projects.map((project) => project.name)).toEqual([
      "migration of the checkout",
      "real-time analytics dashboard",
      "Harbor Design System",
      "Offline-first Field Inspection App",
    ]);
    expect(facts.projects[0]).toMatchObject({ company: "Northwind Commerce Inc." });
    expect(facts.projects[0]!.results.join(" ")).toContain("45%");
    expect(facts.projects[2]).toMatchObject({ period: "2022" });
    expect(facts.projects[2]!.technologies).toEqual(expect.arrayContaining(["React", "Storybook"]));
    expect(facts.companies).toEqual(["Northwind Commerce Inc.", "Contoso Labs Corp."]);
    expect(facts.roles).toEqual(["Senior Frontend Engineer", "Software Engineer"]);
    expect(facts.dates).toEqual(["Mar 2021 – Present", "Jun 2018 – Feb 2021", "2014 – 2018"]);
  });
});

describe("fact rules", () => {
  it("reads dates in the ways resumes write them", () => {
    expect(findDates("2021년 3월 ~ 2023년 2월 근무, 2019.03.02 입사, 2018/07 - 2019/01")).toEqual([
      "2021년 3월 ~ 2023년 2월",
      "2019.03.02",
      "2018/07 - 2019/01",
    ]);
    expect(findDates("September 2019 to Present; Jan. 2020; 2,000 customers; 2000 users")).toEqual([
      "September 2019 to Present",
      "Jan. 2020",
    ]);
    expect(findDates("2020.03 - 재직 중")).toEqual(["2020.03 - 재직 중"]);
  });

  it("reads company names with their legal forms and from experience titles", () => {
    const text = "경력\n카카오(주) | 서버 개발자\n㈜토스 재직\n네이버에서 근무했습니다\nAcme Co., Ltd.";
    expect(findCompanies(text, chunkResume(text))).toEqual([
      "카카오(주)",
      "㈜토스",
      "네이버",
      "Acme Co., Ltd.",
    ]);
    const titled = "Experience\nGoogle | Software Engineer | 2019 - 2021\n- built things";
    expect(findCompanies(titled, chunkResume(titled))).toEqual(["Google"]);
  });

  it("reads roles in Korean and English", () => {
    expect(findRoles("시니어 프론트엔드 개발자, 데이터 분석가, 테크 리드")).toEqual([
      "시니어 프론트엔드 개발자",
      "데이터 분석가",
      "테크 리드",
    ]);
    expect(
      findRoles("Staff Machine Learning Engineer; Product Manager; Software Engineering Intern"),
    ).toEqual(["Staff Machine Learning Engineer", "Product Manager", "Software Engineering Intern"]);
  });
});
