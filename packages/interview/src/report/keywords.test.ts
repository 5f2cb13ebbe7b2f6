import { describe, expect, it } from "vitest";
import { extractKeywords, KEYWORD_LIMIT } from "./keywords";

describe("extractKeywords", () => {
  it("strips Korean particles from technical terms", () => {
    const { technical } = extractKeywords(
      [
        "Redis를 캐시로 도입했고, 캐시를 비우는 정책은 TTL로 정했습니다.",
        "인덱스를 추가해서 쿼리가 빨라졌습니다.",
      ],
      "ko",
    );
    expect(technical).toContain("Redis");
    expect(technical).toContain("캐시");
    expect(technical).toContain("인덱스");
    expect(technical[0]).toBe("캐시");
    expect(technical.some((k) => /[을를이가은는]$/.test(k) && k !== "캐시")).toBe(false);
  });

  it("finds frequent Korean content nouns without particles, verb endings or stopwords", () => {
    const { general } = extractKeywords(
      [
        "저는 고객 문의를 분석했습니다. 고객 불만이 많았던 결제 화면을 개선했습니다.",
        "고객의 결제 과정에서 이탈이 많아서, 결제 단계를 줄이는 방향으로 개선했습니다.",
        "음 그냥 화면이 느려서 구체적으로 빠르게 바꿨습니다.",
      ],
      "ko",
    );
    expect(general.slice(0, 2)).toEqual(["고객", "결제"]);
    expect(general).toEqual(expect.arrayContaining(["개선", "화면", "이탈"]));
    expect(general).not.toContain("저는");
    expect(general).not.toContain("많았던");
    for (const word of ["그냥", "느려서", "구체적", "빠르게", "바꿨습니다"])
      expect(general).not.toContain(word);
    expect(general).toContain("화면");
    expect(general.every((w) => !/(습니다|했|를|을)$/.test(w))).toBe(true);
  });

  it("finds English technical and general keywords, folding plurals", () => {
    const { technical, general } = extractKeywords(
      [
        "We moved the session cache to Redis and added an index on the orders table.",
        "Customers complained about checkout, so I redesigned the checkout flow for customers on mobile.",
        "The customer survey showed checkout was the main issue, so checkout came first.",
      ],
      "en",
    );
    expect(technical).toEqual(expect.arrayContaining(["Redis", "index"]));
    expect(general[0]).toBe("checkout");
    expect(general).toContain("customer");
    expect(general).not.toContain("customers");
    expect(general).not.toContain("the");
    expect(general).not.toContain("redis");
  });

  it("leaves out the labels of a STAR-structured answer, which say nothing about its content", () => {
    const en = extractKeywords(
      [
        "Situation: month-end settlement took four hours. Task: bring it under one hour. Action: I split the batch. Result: settlement takes 50 minutes.",
        "The situation was similar for payments; the task and the result too: payments settlement got faster.",
      ],
      "en",
    );
    expect(en.general).toEqual(expect.arrayContaining(["settlement", "payments"]));
    for (const label of ["situation", "task", "action", "result", "bring"])
      expect(en.general).not.toContain(label);
    const ko = extractKeywords(
      [
        "상황: 정산 배치가 네 시간 걸렸습니다. 과제: 한 시간 안으로. 행동: 배치를 나눴습니다. 결과: 정산이 50분.",
      ],
      "ko",
    );
    expect(ko.general).toContain("정산");
    for (const label of ["상황", "과제", "행동", "결과"]) expect(ko.general).not.toContain(label);
  });

  it("shows words as written, never stems, and leaves out verb forms and function nouns", () => {
    const ko = extractKeywords(
      ["응답 시간이 1초 이하로 줄었고 3개월 동안 장애가 없었던 것 같고 점수가 올라 만족했습니다."],
      "ko",
    );
    for (const word of ["같고", "동안", "이하", "올라"]) expect(ko.general).not.toContain(word);
    expect(ko.general).toContain("점수");
    const en = extractKeywords(["We tuned the queries and moved the cluster to Kubernetes."], "en");
    expect(en.general).not.toContain("querie");
    expect([...en.technical, ...en.general]).not.toContain("kubernete");
    expect([...en.technical, ...en.general].some((k) => /^Kubernetes$/i.test(k))).toBe(true);
  });

  it("keeps at most ten keywords of each kind", () => {
    const words = Array.from({ length: 30 }, (_, i) => `topic${String.fromCharCode(97 + (i % 26))}${i}`);
    const { general } = extractKeywords([words.join(" ")], "en");
    expect(general.length).toBeLessThanOrEqual(KEYWORD_LIMIT);
  });
});
