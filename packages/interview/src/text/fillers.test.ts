import { describe, expect, it } from "vitest";
import { countFillers, countFillerTotal } from "./fillers";

describe("countFillers in Korean", () => {
  it("counts hesitation sounds however they are stretched", () => {
    expect(countFillers("음... 으음 어 어어 그러니까요", "ko")).toEqual({ 음: 2, 어: 2 });
  });

  it("counts 뭔가, 약간, 그냥, 좀, 막, 이제 as standalone words only", () => {
    expect(countFillers("뭔가 약간 그냥 좀 막 이제 했습니다", "ko")).toEqual({
      뭔가: 1,
      약간: 1,
      그냥: 1,
      좀: 1,
      막: 1,
      이제: 1,
    });
    expect(countFillerTotal("그냥저냥 이제는 막걸리 좀더", "ko")).toBe(0);
  });

  it("does not count 그 when it means 'that', nor inside 그래서", () => {
    expect(countFillerTotal("그 프로젝트에서 그래서 그리고 그때", "ko")).toBe(0);
  });

  it("counts 그 and 저 when the speaker trails off or repeats", () => {
    expect(countFillers("그... 그 프로젝트는 저, 제가 했습니다", "ko")).toEqual({ 그: 1, 저: 1 });
    expect(countFillers("그 그 서버가", "ko")).toEqual({ 그: 1 });
  });
});

describe("countFillers in English", () => {
  it("counts um, uh, basically and 'you know'", () => {
    expect(countFillers("Um, uhh, it was basically slow, you know.", "en")).toEqual({
      um: 1,
      uh: 1,
      basically: 1,
      "you know": 1,
    });
  });

  it("counts 'like' as a filler but not as a verb or a preposition", () => {
    expect(countFillerTotal("I'd like to join. Tools like Redis help. It is like a cache.", "en")).toBe(0);
    expect(countFillers("It was like, really slow and we were like totally stuck", "en")).toEqual({
      like: 2,
    });
  });

  it("leaves 'do you know how' and 'a kind of' alone", () => {
    expect(countFillerTotal("Do you know how it works? It is a kind of cache.", "en")).toBe(0);
    expect(countFillers("It was kind of slow", "en")).toEqual({ "kind of": 1 });
  });
});
