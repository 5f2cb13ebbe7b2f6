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

describe("projects of other resume conventions", () => {
  const names = (text: string[]) => facts(text.join("\n")).projects.map((project) => project.name);

  it("reads the engagement, not the client, of a 'Client — Engagement' line over the firm's line", () => {
    const text = [
      "Employment",
      "Principal Consultant, Meridian Partners | 2019 – present",
      "",
      "Selected client engagements",
      "- Harbor Mutual Insurance — Claims Platform Modernisation",
      "- Meridian Partners · Technical lead, team of 9 · 2023 ‒ 2024",
      "- Moved claims triage onto Java microservices with Kafka events.",
    ];
    expect(names(text)).toEqual(["Claims Platform Modernisation"]);
    expect(facts(text.join("\n")).companies).toEqual(["Meridian Partners"]);
  });

  it("takes a place with dates under a job's title as the job's, not a project", () => {
    expect(
      names([
        "Experience",
        "Lanternfish Games — Senior Gameplay Engineer",
        "Stockholm · 2020 – now",
        "- Shipped Emberfall (PC/PS5, 2023): owned the combat abilities system",
      ]),
    ).toEqual(["Emberfall"]);
  });

  it("reads a name in quotes or title marks", () => {
    expect(
      names([
        "Experience",
        "BRAVO ROBOTICS, SOMERVILLE MA",
        "Embedded Engineer (2015 – 2019)",
        '- Motor control firmware for the "Scout" warehouse robot in C on TI C2000 DSPs.',
      ]),
    ).toEqual(["Scout"]);
    expect(
      names([
        "4. 프로젝트",
        "- 가. 캠퍼스 중고거래 앱 「충대마켓」 (2024.03 ~ 2024.06, 4인 팀, Android 담당)",
        "- 1) 채팅 목록·거래 상태 화면 개발",
        "- 나. 졸업 작품: 버스 도착 음성 안내 앱 「버스벨」 (2024.09 ~ 2024.12)",
        "- 1) 공공 버스 도착 API 연동",
      ]),
    ).toEqual(["충대마켓", "버스벨"]);
  });

  it("reads a project table whose cells wrap: the title joined, broken cells and header left out", () => {
    expect(
      names([
        "◎ 프로젝트 수행 이력",
        "No | 기간 | 프로젝트명 | 고객사 소속사 역할",
        "- 2021. 09. ~",
        "",
        "보험금 청구 모바일",
        "앱 구축",
        "",
        "새봄손",
        "해보험",
        "",
        "(주)코드브",
        "릿지",
        "PL",
      ]),
    ).toEqual(["보험금 청구 모바일 앱 구축"]);
  });

  it("does not join the part taken in a project to its title", () => {
    expect(names(["프로젝트", "", "쇼핑몰 앱 리뉴얼", "백엔드 개발", "- 주문 API 설계"])).toContain(
      "쇼핑몰 앱 리뉴얼",
    );
  });

  it("keeps a short title with its lines under it, unlike a broken cell", () => {
    expect(
      names([
        "프로젝트",
        "",
        "버스벨",
        "시각장애인을 위한 버스 도착 음성 안내 앱입니다.",
        "- 공공 API 연동",
        "",
        "산책길",
        "반려견 산책 기록 앱을 만들었습니다.",
      ]),
    ).toEqual(["버스벨", "산책길"]);
  });

  it("takes the employer's name over a project card as a badge, not a project", () => {
    expect(
      names([
        "Career",
        "(주)모먼트랩",
        "- 프론트엔드 개발자 · 2022.01 – 현재",
        "",
        "Projects",
        "모먼트랩",
        "",
        "모먼트 예약 관리자 페이지",
        "2022.02 2022.12",
        "스튜디오 사장님용 예약·정산 관리자.",
      ]),
    ).toEqual(["모먼트 예약 관리자 페이지"]);
  });

  it("reads a card's tag chips, its role and stack line and its closing descriptor as no projects", () => {
    const text = [
      "Career",
      "스튜디오 오름",
      "웹 퍼블리셔 · 2020.07 – 2021.12",
      "브랜딩 에이전시",
      "",
      "Projects",
      "오름 브랜드 사이트 리뉴얼",
      "2021.03 – 2021.08",
      "에이전시 자사 사이트를 반응형으로 재구축했습니다.",
      "HTML SCSS jQuery GSAP",
      "",
      "실시간 배송 추적 시스템 구축 | (주)스마트로지스",
      "백엔드 리드 / Kotlin, Spring Boot, Kafka, Redis",
    ];
    expect(facts(text.join("\n")).projects.map((project) => project.name)).toEqual([
      "오름 브랜드 사이트 리뉴얼",
      "실시간 배송 추적 시스템 구축",
    ]);
  });
});

describe("skills of other resume conventions", () => {
  const skills = (lines: string[]) => facts(["Skills", ...lines].join("\n")).skills;

  it("reads dotted-leader rows and rated rows", () => {
    expect(skills(["RTOS ............ FreeRTOS, Zephyr", "TOOLS ........... Git, Jenkins"])).toEqual([
      "FreeRTOS",
      "Zephyr",
      "Git",
      "Jenkins",
    ]);
    expect(skills(["C++ | ● ● ● ● ●", "HLSL | ● ● ○ ○ ○"])).toEqual(["C++", "HLSL"]);
  });

  it("drops a row label run into the row before", () => {
    expect(
      skills(["- 프레임워크 Spring Boot, JPA DBMS Oracle, Tibero", "- UI 솔루션 Nexacro, WebSquare"]),
    ).toEqual(["Spring Boot", "JPA", "Oracle", "Tibero", "Nexacro", "WebSquare"]);
  });

  it("takes no count of GitHub stars for a skill", () => {
    const found = facts(
      ["Projects", "OPENBMS: battery management firmware on Zephyr RTOS (C, 300 GitHub stars)."].join("\n"),
    );
    expect(found.skills).not.toContain("GitHub");
  });
});

describe("employers of other resume conventions", () => {
  const companies = (lines: string[]) => facts(lines.join("\n")).companies;

  it('reads a job\'s title drawn as a list item ("■ 회사 (기간) / 팀 / 직급" as the PDF reader gives it)', () => {
    expect(
      companies([
        "2. 경력 상세",
        "- 한국정보기술연구원 (2016.07 ~ 2016.12) / 빅데이터실 / 연구 인턴",
        "- 데이터 수집 업무 보조",
      ]),
    ).toEqual(["한국정보기술연구원"]);
  });

  it("keeps the Korean name of an employer whose English name follows in brackets", () => {
    expect(
      companies([
        "경력 Experience",
        "",
        "딥비전 주식회사 (DeepVision Inc.)",
        "",
        "선임 연구원 Senior ML Engineer · 2021.07 – 현재 Present",
        "- 모델 서빙 플랫폼 구축",
      ]),
    ).toEqual(["딥비전 주식회사"]);
  });

  it("takes a job's description line for no employer, even over the next job's dated title", () => {
    expect(
      companies([
        "경력사항 (총 6년 2개월)",
        "2018.01 ~ 2021.03 한솔정보통신(주) | SI사업부 / 주임",
        "공공기관 민원 시스템 유지보수 및 전자정부프레임워크 기반 개발",
        "2017.07 ~ 2017.12 (주)클라우드포레 | 인프라팀 / 인턴 서버 모니터링 대시보드 개발 보조",
      ]),
    ).toEqual(["한솔정보통신", "(주)클라우드포레"]);
  });

  it("reads a Europass form's rows: day-first dates, the employer's name before its address", () => {
    expect(findDates("Dates 01/03/2021 – present")).toEqual(["01/03/2021 – present"]);
    expect(
      companies([
        "WORK EXPERIENCE",
        "Dates 01/03/2021 – present",
        "- Occupation or position held Test Automation Lead",
        "Designed and lead the end-to-end test platform for the booking product.",
        "Name and address of employer Viajar Digital, S.A., Avenida da Liberdade 110, 1250-146 Lisboa (Portugal)",
        "- Type of business or sector Online travel agency",
        "",
        "Dates 01/02/2017 – 31/07/2017",
        "- Occupation or position held Software Testing Intern (Erasmus+ traineeship)",
        "Name and address of employer Nordtek GmbH, Landsberger Straße 88, 80339 München (Germany)",
      ]),
    ).toEqual(["Viajar Digital", "Nordtek GmbH"]);
  });

  it("reads a dated title run into its description", () => {
    expect(
      companies([
        "Industry Experience",
        "Summer 2018 Research Intern, Orchid Labs, Seattle. Built a distillation pipeline in PyTorch.",
      ]),
    ).toEqual(["Orchid Labs"]);
  });
});

describe("projects named inside bullets", () => {
  const names = (lines: string[]) => facts(lines.join("\n")).projects.map((project) => project.name);

  it("reads the title a role was held on", () => {
    expect(
      names([
        "Experience",
        "Pebblebox Studio — Gameplay Programmer",
        "Gothenburg · 2017 – 2020",
        "- Core programmer on Pocket Harbor (iOS/Android, Unity, C#), 4M downloads",
      ]),
    ).toEqual(["Pocket Harbor"]);
  });

  it("reads a Latin name before the Korean work word, and a named product's feature", () => {
    expect(
      names([
        "경력",
        "메디노트 | ML 엔지니어 | 2019.01 – 2021.06",
        "- 의무기록 요약 모델 MedSum 개발 (Clinical note summarization)",
        "- 차량 호출 앱 '콜버디' 리뷰 작성 기능 개발",
      ]),
    ).toEqual(["MedSum", "콜버디 리뷰 작성 기능 개발"]);
  });
});

describe("a heading that can head tools or work", () => {
  it("reads 'Software' as projects over released work and as skills over a list of tools", () => {
    const released = facts(
      "Software\n2023 | tokviz — a browser tool for visualising tokenisation (TypeScript).",
    );
    expect(released.projects.map((project) => project.name)).toEqual(["tokviz"]);
    const tools = facts("Software\nPhotoshop, Illustrator, Figma, Sketch");
    expect(tools.projects).toEqual([]);
    expect(tools.skills).toEqual(["Photoshop", "Illustrator", "Figma", "Sketch"]);
  });
});
