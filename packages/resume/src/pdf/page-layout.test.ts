import { describe, expect, it } from "vitest";
import { pageText } from "./page-layout";
import type { PdfTextItem } from "./read-pdf-items";

// Items as pdf.js gives them: PDF units, y grows upwards; 10-point text on 14-point lines.
const item = (str: string, x: number, y: number, width: number, eol = true): PdfTextItem => ({
  str,
  x,
  y,
  width,
  size: 10,
  eol,
});

describe("pageText", () => {
  it("puts runs of one baseline on one line, with a space where a gap separates words", () => {
    const items = [
      item("Software", 50, 700, 45, false),
      item("Engineer", 100, 700, 44, false),
      item("!", 144, 700, 3),
    ];
    expect(pageText(items, 595)).toBe("Software Engineer!");
  });

  it("joins wrapped lines back into their sentence and undoes a hyphenated break", () => {
    const items = [
      item("- Built the payment service that handles devel-", 50, 700, 500),
      item("opment traffic for 3 teams", 62, 686, 150),
      item("- Moved the nightly reports to a streaming pipeline so that", 50, 672, 498),
      item("analysts see fresh numbers", 62, 658, 140),
    ];
    expect(pageText(items, 595)).toBe(
      "- Built the payment service that handles development traffic for 3 teams\n" +
        "- Moved the nightly reports to a streaming pipeline so that analysts see fresh numbers",
    );
  });

  it("starts a new line at a bracketed label or a bullet's opening verb, even at the margin", () => {
    const items = [
      item(
        "- Shipped Emberfall (PC/PS5, 2023): owned the combat abilities system in C++ on Unreal",
        50,
        700,
        500,
      ),
      item("Built Tidepool, an in-editor encounter tuning tool used by 12 designers", 50, 686, 420),
      item(
        "- 주식회사 데이터온 (2020.09 ~ 현재) / 데이터플랫폼팀 / 수석 / 데이터 엔지니어링 총괄",
        50,
        672,
        498,
      ),
      item("【프로젝트명】 실시간 추천 피처 스토어", 50, 658, 200),
    ];
    expect(pageText(items, 595).split("\n")).toEqual([
      "- Shipped Emberfall (PC/PS5, 2023): owned the combat abilities system in C++ on Unreal",
      "Built Tidepool, an in-editor encounter tuning tool used by 12 designers",
      "- 주식회사 데이터온 (2020.09 ~ 현재) / 데이터플랫폼팀 / 수석 / 데이터 엔지니어링 총괄",
      "【프로젝트명】 실시간 추천 피처 스토어",
    ]);
  });

  it("reads a right-aligned label column beside its values row by row, not as two columns", () => {
    const label = (str: string, y: number, width: number) => item(str, 191 - width, y, width, false);
    const items = [
      label("Dates", 585, 24),
      item("01/03/2021 – present", 203, 581, 129),
      label("Occupation or position held", 567, 113),
      item("Test Automation Lead", 203, 565, 117),
      label("Main activities", 551, 78),
      item("Designed the end-to-end test platform Atlas QA for the booking product, run on", 203, 547, 338),
      item("every merge request in GitLab CI; coached 5 QA engineers on automation.", 203, 533, 320),
      item("Introduced k6 load tests before peak season and wrote the reporting for them.", 203, 519, 330),
      label("Name and address of employer", 476, 129),
      item("Viajar Digital, S.A., Avenida da Liberdade 110, 1250-146 Lisboa", 203, 472, 338),
      label("Type of business or sector", 444, 107),
      item("Online travel agency", 203, 440, 125),
      label("Dates", 411, 24),
      item("15/09/2017 – 28/02/2021", 203, 408, 152),
      label("Occupation or position held", 393, 113),
      item("QA Engineer", 203, 392, 67),
      label("Main activities", 378, 78),
      item("Manual and automated testing of the mobile banking app and its regression suite.", 203, 374, 321),
      item("Migrated the Selenium regression suite to Cypress, cutting its run time a lot.", 203, 360, 338),
      label("Name and address of employer", 303, 129),
      item("Banco Atlântico Digital, Rua Augusta 45, 1100-048 Lisboa", 203, 299, 305),
    ];
    const lines = pageText(items, 595).split("\n");
    expect(lines).toContain("Dates 01/03/2021 – present");
    expect(lines).toContain(
      "Name and address of employer Viajar Digital, S.A., Avenida da Liberdade 110, 1250-146 Lisboa",
    );
  });

  it("keeps a short line that ends before the margin as its own line", () => {
    const items = [
      item("주식회사 배달한끼 | 백엔드 개발자", 50, 700, 200),
      item("주문 서비스 분리", 50, 686, 90),
    ];
    expect(pageText(items, 595)).toBe("주식회사 배달한끼 | 백엔드 개발자\n주문 서비스 분리");
  });

  it("turns a wider gap between lines into a paragraph break", () => {
    const lines = ["a1", "a2", "a3", "a4"].map((text, i) => item(text, 50, 700 - 14 * i, 20));
    const after = item("b1", 50, 700 - 14 * 3 - 30, 20);
    expect(pageText([...lines, after], 595)).toBe("a1\na2\na3\na4\n\nb1");
  });

  it("drops page numbers and empty runs", () => {
    const items = [
      item("Skills", 50, 700, 30),
      item("", 0, 0, 0),
      item("2 / 5", 290, 30, 20),
      item("- 3 -", 290, 20, 20),
    ];
    expect(pageText(items, 595)).toBe("Skills");
  });

  it("keeps a title apart from the first item indented under it when the list draws no bullet glyphs", () => {
    const items = [
      item("Data Scientist at Northpeak Insurance (03/2021 – present)", 50, 700, 470),
      item("Claims Triage Model — a model that routes 30% of claims to fast-track", 64, 686, 350),
      item("Churn early-warning: survival analysis with lifelines", 64, 672, 300),
      item("Junior Data Analyst at Maple Grocers (07/2018 – 02/2021)", 50, 658, 300),
      item(
        "Store Demand Forecast: Prophet forecasts for 220 stores and a weekly report for the",
        64,
        644,
        470,
      ),
      item("buyers", 64, 630, 30),
    ];
    expect(pageText(items, 595).split("\n")).toEqual([
      "Data Scientist at Northpeak Insurance (03/2021 – present)",
      "- Claims Triage Model — a model that routes 30% of claims to fast-track",
      "- Churn early-warning: survival analysis with lifelines",
      "Junior Data Analyst at Maple Grocers (07/2018 – 02/2021)",
      "- Store Demand Forecast: Prophet forecasts for 220 stores and a weekly report for the buyers",
    ]);
  });

  it("does not take a long indented item for a centred line when its margins happen to match", () => {
    const items = [
      item("(주)핏데이 안드로이드 개발 인턴 (2024.07 ~ 2024.08)", 50, 700, 250),
      item("운동 기록 화면을 Jetpack Compose로 재작성, 크래시율 1.1% → 0.2%", 64, 686, 366),
      item("Room 기반 오프라인 저장 기능 추가", 64, 672, 160),
      item("캠퍼스 버스 도착 알림 앱 | 2024.03 ~ 2024.06 | 개인 프로젝트", 50, 650, 300),
      item("Play 스토어 출시 후 다운로드 1,500회, 평점 4.6으로 좋은 반응", 64, 636, 380),
    ];
    expect(pageText(items, 595)).toContain("\n- 운동 기록 화면을");
  });
});
