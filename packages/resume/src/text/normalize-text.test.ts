import { describe, expect, it } from "vitest";
import { detectLanguage } from "./detect-language";
import { joinWrapped, normalizeLine, tidyParagraphs } from "./normalize-text";

describe("normalizeLine", () => {
  it("writes any bullet glyph as '- ' and collapses spaces", () => {
    expect(normalizeLine("•   Redis   캐시 도입")).toBe("- Redis 캐시 도입");
    expect(normalizeLine("\uf0b7 Kafka")).toBe("- Kafka");
    expect(normalizeLine("▪Spring Boot")).toBe("- Spring Boot");
  });

  it("keeps circles standing in for a name ('○○시청'), and still reads a spaced circle as a bullet", () => {
    expect(normalizeLine("○○시청 누리집 통합 유지보수")).toBe("○○시청 누리집 통합 유지보수");
    expect(normalizeLine("◯◯대학교 컴퓨터공학과")).toBe("◯◯대학교 컴퓨터공학과");
    expect(normalizeLine("○ 정산 배치 개선")).toBe("- 정산 배치 개선");
  });

  it("leaves a negative number alone", () => {
    expect(normalizeLine("-5% 비용 절감")).toBe("-5% 비용 절감");
  });

  it("folds ligatures and full-width letters, drops invisible characters and composes Hangul", () => {
    expect(normalizeLine("ﬁnance\u00ad team\u200b")).toBe("finance team");
    expect(normalizeLine("ＡＷＳ")).toBe("AWS");
    expect(normalizeLine("\u1100\u1161\u11a8")).toBe("각"); // decomposed jamo, as some PDFs store it
  });
});

describe("joinWrapped and tidyParagraphs", () => {
  it("joins with a space, or without the hyphen of a broken word", () => {
    expect(joinWrapped("배포 주기를", "단축했습니다")).toBe("배포 주기를 단축했습니다");
    expect(joinWrapped("devel-", "opment")).toBe("development");
    expect(joinWrapped("end-to-", "End")).toBe("end-to- End");
  });

  it("keeps one blank line between paragraphs", () => {
    expect(tidyParagraphs("\n a \n\n\n\nb\n")).toBe("a\n\nb");
  });
});

describe("detectLanguage", () => {
  it("calls a Korean resume full of English tool names Korean", () => {
    expect(detectLanguage("Spring Boot, Kafka, Kubernetes 기반 주문 서비스를 설계했습니다.")).toBe("ko");
    expect(detectLanguage("Built a dashboard with React and D3.")).toBe("en");
  });
});
