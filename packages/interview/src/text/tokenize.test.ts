import { describe, expect, it } from "vitest";
import { stripParticles } from "./strip-particles";
import { tokenize } from "./tokenize";

describe("stripParticles", () => {
  it.each([
    ["캐시를", "캐시"],
    ["서버에서도", "서버"],
    ["데이터베이스의", "데이터베이스"],
    ["방법으로", "방법"],
    ["Redis를", "Redis"],
    ["2.8초에서", "2.8초"],
    ["저는", "저"],
    ["팀이", "팀"],
    ["결과적으로", "결과적"],
  ])("%s → %s", (word, stem) => {
    expect(stripParticles(word)).toBe(stem);
  });

  it.each(["결과", "평가", "속도", "회의", "정도", "많이", "같은", "하는", "전문가", "1만"])(
    "leaves %s whole: its last syllable only looks like a particle",
    (word) => {
      expect(stripParticles(word)).toBe(word);
    },
  );
});

describe("tokenize", () => {
  it("lowercases and strips Korean particles while keeping numbers with units", () => {
    expect(tokenize("제가 직접 Redis를 도입해 응답 속도가 2.8초에서 0.4초로 줄었습니다.", "ko")).toEqual([
      "제",
      "직접",
      "redis",
      "도입해",
      "응답",
      "속도",
      "2.8초",
      "0.4초",
      "줄었습니다",
    ]);
  });

  it("keeps technical tokens whole in English and drops possessives", () => {
    expect(tokenize("My team's p95 on Node.js, C++ and C# fell to 400ms.", "en")).toEqual([
      "my",
      "team",
      "p95",
      "on",
      "node.js",
      "c++",
      "and",
      "c#",
      "fell",
      "to",
      "400ms",
    ]);
  });
});
