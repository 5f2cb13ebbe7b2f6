import { describe, expect, it } from "vitest";
import { splitSentences } from "./split-sentences";

describe("splitSentences", () => {
  it("splits Korean sentences on 다. 요. 까? and keeps decimals whole", () => {
    const text = "응답 시간이 2.8초에서 0.4초로 줄었습니다. 왜 그랬을까요? 측정을 먼저 했기 때문이에요.";
    expect(splitSentences(text)).toEqual([
      "응답 시간이 2.8초에서 0.4초로 줄었습니다.",
      "왜 그랬을까요?",
      "측정을 먼저 했기 때문이에요.",
    ]);
  });

  it("does not split after abbreviations, initials or inside file names", () => {
    const text = "We used caches, e.g. Redis, on Node.js. Mr. Kim approved it! Then J. Smith shipped it";
    expect(splitSentences(text)).toEqual([
      "We used caches, e.g. Redis, on Node.js.",
      "Mr. Kim approved it!",
      "Then J. Smith shipped it",
    ]);
  });

  it("treats newlines as sentence breaks and drops empty lines", () => {
    expect(splitSentences("첫 줄입니다\n\n두 번째 줄\n")).toEqual(["첫 줄입니다", "두 번째 줄"]);
  });

  it("splits a long unpunctuated Korean transcript after formal endings", () => {
    const transcript =
      "저는 백엔드 개발자로 일했습니다 그때 Redis 캐시를 도입했어요 그래서 응답 시간이 줄었습니다";
    expect(splitSentences(transcript)).toHaveLength(3);
  });

  it("splits when a sentence follows without a space", () => {
    expect(splitSentences("끝났다.다음 문장")).toEqual(["끝났다.", "다음 문장"]);
  });
});
