import { describe, expect, it } from "vitest";
import { chunkResume } from "../chunk/chunk-resume";
import { headingSection } from "../chunk/section-headings";
import { normalizeLine } from "../text/normalize-text";
import { extractResumeFacts } from "./extract-resume-facts";
import { findDates } from "./find-dates";
import { listedSkills } from "./listed-skills";

// Layouts the corpus generator does not draw, as Chromium, Word and resume builders write them.
const facts = (text: string) => extractResumeFacts(text, chunkResume(text));

describe("resume text in other people's layouts", () => {
  it("reads a control code a font maps its space to as a space", () => {
    expect(normalizeLine("프로덕트\u0001매니저\u0001(간호사)")).toBe("프로덕트 매니저 (간호사)");
    expect(headingSection(normalizeLine("●\u0001업무\u0001경력"))).toBe("experience");
  });

  it("knows numbered and letter-spaced headings", () => {
    expect(headingSection("01 경력")).toBe("experience");
    expect(headingSection("02 프로젝트")).toBe("projects");
    expect(headingSection("P R O F E S S I O N A L E X P E R I E N C E")).toBe("experience");
    expect(headingSection("E D U C AT I O N")).toBe("education");
    expect(headingSection("10 years of backend work")).toBeNull();
  });

  it("reads month-first and season dates", () => {
    expect(findDates("Data Scientist (03/2021 – present)")).toEqual(["03/2021 – present"]);
    expect(findDates("06/2019 - 08/2020")).toEqual(["06/2019 - 08/2020"]);
    expect(findDates("RaftKV | Go | Fall 2024")).toEqual(["Fall 2024"]);
  });

  it("takes a company's line over its 'Role, Team | dates' line as the employer, not the team", () => {
    const found = facts(
      [
        "Experience",
        "",
        "Orbital Maps",
        "Staff Engineer, Routing Platform | 2020 – Present",
        "- Routing Engine v3: rewrote the planner in Rust; p99 900ms → 180ms",
        "Kestrel Games",
        "Senior Backend Engineer | 2016 – 2020",
        "- Matchmaking Service: skill-based matchmaking in Java and Redis for 4M players",
      ].join("\n"),
    );
    expect(found.companies).toEqual(["Orbital Maps", "Kestrel Games"]);
    expect(found.projects.map((p) => [p.name, p.company])).toEqual([
      ["Routing Engine v3", "Orbital Maps"],
      ["Matchmaking Service", "Kestrel Games"],
    ]);
  });

  it("takes the line under a 'Role | dates' title as its company, not as a project", () => {
    const found = facts(
      [
        "EXPERIENCE",
        "Software Engineering Intern | May 2024 – Aug 2024",
        "Quantive Analytics | Boston, MA",
        "- Reduced a Spark job's runtime from 3 hours to 45 minutes",
        "Freelance — Web Developer | 2018 – 2019",
        "Built Shopify storefronts for 12 small businesses.",
      ].join("\n"),
    );
    expect(found.companies).toEqual(["Quantive Analytics"]);
    expect(found.projects.map((p) => p.name)).not.toContain("Quantive Analytics");
  });

  it("reads a project written as a table of labelled rows", () => {
    const found = facts(
      [
        "경력 기술서",
        "프로젝트명 | 장바구니 이탈 분석 및 리마인드 캠페인",
        "기간 | 2023.01 ~ 2023.06",
        "소속 | 주식회사 하루마켓",
        "역할 | 분석 설계 및 A/B 테스트 운영",
        "사용 기술 | BigQuery, Python, Amplitude",
        "성과 | 장바구니 이탈률 12%p 감소, 캠페인 매출 월 2억 원",
      ].join("\n"),
    );
    expect(found.projects).toHaveLength(1);
    expect(found.projects[0]).toMatchObject({
      name: "장바구니 이탈 분석 및 리마인드 캠페인",
      period: "2023.01 ~ 2023.06",
      company: "주식회사 하루마켓",
      role: "분석 설계 및 A/B 테스트 운영",
    });
    expect(found.projects[0]!.technologies).toEqual(
      expect.arrayContaining(["BigQuery", "Python", "Amplitude"]),
    );
    expect(found.projects[0]!.results.join(" ")).toContain("12%p 감소");
    expect(found.companies).toEqual(["주식회사 하루마켓"]);
  });

  it("cuts a project's name from its description, stack and dates in a projects section", () => {
    const found = facts(
      [
        "PROJECTS",
        "chaos-lite — a small fault-injection proxy in Go for local testing (1.2k GitHub stars)",
        "",
        "RaftKV | Go, gRPC | Fall 2024",
        "- Implemented a replicated key-value store with Raft",
        "2023 | Tiny Charts: an SVG charting library with D3 scales",
        "",
        "Kaggle: Home Credit Default Risk | 2019",
      ].join("\n"),
    );
    expect(found.projects.map((p) => p.name)).toEqual([
      "chaos-lite",
      "RaftKV",
      "Tiny Charts",
      "Kaggle: Home Credit Default Risk",
    ]);
  });

  it("splits a row of skill chips set side by side without commas into its tools", () => {
    const text = "기술 스택\n\nJava Kotlin Spring Boot\n- Docker 쿠버네티스 ArgoCD";
    expect(listedSkills(chunkResume(text))).toEqual([
      "Java",
      "Kotlin",
      "Spring Boot",
      "Docker",
      "Kubernetes",
      "ArgoCD",
    ]);
  });

  it("keeps a skill named on its own beside a longer one, one skill for Vue and Vue.js, one company per employer", () => {
    const found = facts(
      [
        "01 경력",
        "",
        "㈜핏데이 안드로이드 개발 인턴 (2024.07 ~ 2024.08)",
        "- 랜딩 페이지 퍼블리싱 (HTML, CSS, jQuery), 어드민을 Vue 2에서 React로 전환",
        "- Alertmanager 알림 정리, ESLint 규칙 추가",
        "",
        "03 기술",
        "",
        "Vue.js, Tailwind CSS, Spring Boot",
      ].join("\n"),
    );
    expect(found.skills).toEqual(expect.arrayContaining(["CSS", "Tailwind CSS", "Alertmanager", "ESLint"]));
    expect(found.skills.filter((skill) => /^vue/i.test(skill))).toHaveLength(1);
    expect(found.skills).not.toContain("Spring");
    expect(found.companies).toEqual(["㈜핏데이"]);
  });

  it("reads skill rows that ran together or carry a sub-label inside", () => {
    const text = [
      "Skills",
      "",
      "Infra: Terraform, Ansible, Puppet Practices: SLOs",
      "Data & MLOps",
      "Mobile: WorkManager 기타 — Git",
      "Android Development, Apache Flink",
    ].join("\n");
    const skills = listedSkills(chunkResume(text));
    expect(skills).toEqual(
      expect.arrayContaining(["Puppet", "WorkManager", "Git", "Android", "Apache Flink"]),
    );
    for (const cut of ["Puppet Practices: SLOs", "& MLOps", "MLOps", "WorkManager 기타 — Git", "Apache"]) {
      expect(skills).not.toContain(cut);
    }
  });

  it("counts a product once under its maker's name, however often it is also named alone", () => {
    const found = facts(
      [
        "Experience",
        "",
        "Data Engineer, Tripwell (2021 - 2024)",
        "- Moved trip events to streaming with Flink and Iceberg",
        "",
        "Skills",
        "",
        "Python, Apache Flink, Apache Iceberg, AWS Lambda",
      ].join("\n"),
    );
    expect(found.skills).toEqual(expect.arrayContaining(["Apache Flink", "Apache Iceberg", "AWS Lambda"]));
    for (const alone of ["Flink", "Iceberg", "Lambda", "Apache"]) expect(found.skills).not.toContain(alone);
  });
});
