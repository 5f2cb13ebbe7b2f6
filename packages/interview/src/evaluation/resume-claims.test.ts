import { describe, expect, it } from "vitest";
import { checkResumeClaims } from "./resume-claims";

const KO = [
  { project: "주문 조회 API 개선", results: ["p95 응답 시간 1.2초 → 240ms"] },
  { project: "정산 배치 이관", results: ["처리 시간 4시간 → 50분"] },
  { project: "사내 위키 검색", results: [] },
];
const EN = [{ project: "Checkout redesign", results: ["conversion rate +11%", "cart abandonment down 8%"] }];

describe("checkResumeClaims", () => {
  it("notices an answer whose figure for the same measure differs from the resume's", () => {
    const e = checkResumeClaims(
      "주문 조회 API를 개선했습니다. 그 결과 p95 응답 시간이 2초에서 400ms로 줄었습니다.",
      "ko",
      KO,
    );
    expect(e?.criterion).toBe("logic");
    expect(e?.quote).toContain("400ms");
    expect(e?.note).toContain("p95 응답 시간 1.2초 → 240ms");
    const en = checkResumeClaims(
      "After the checkout redesign, our conversion rate went up by 25%.",
      "en",
      EN,
    );
    expect(en?.note).toContain("conversion rate +11%");
  });

  it("stays quiet when the figures agree, or speak of another measure", () => {
    expect(
      checkResumeClaims(
        "p95 응답 시간을 1.2초에서 240ms로 줄였고, 팀원 3명과 2주 동안 작업했습니다.",
        "ko",
        KO,
      ),
    ).toBeNull();
    expect(checkResumeClaims("처리 시간이 4시간에서 50분으로 줄었습니다.", "ko", KO)).toBeNull();
    // 30% of what? Not the conversion rate or abandonment the resume claims.
    expect(checkResumeClaims("I cut our AWS bill by 30% the same quarter.", "en", EN)).toBeNull();
    expect(
      checkResumeClaims("In the checkout redesign, cart abandonment fell 8 percent in a month.", "en", EN),
    ).toBeNull();
    // A processing time is not the detection time the resume claims, though both are "시간".
    expect(
      checkResumeClaims("정산 배치를 Kafka로 바꿔서 처리 시간을 40분에서 5분으로 줄였습니다.", "ko", [
        { project: "모니터링 개선", results: ["장애 감지 시간을 평균 15분에서 3분으로 단축했습니다"] },
      ]),
    ).toBeNull();
    // Another project's response time is no claim about this one's.
    expect(
      checkResumeClaims("정산 배치 이관 때는 API 응답 시간이 100ms 늘어도 괜찮았습니다.", "ko", KO),
    ).toBeNull();
  });

  it("credits figures that add to a project the resume gives none for", () => {
    const e = checkResumeClaims(
      "사내 위키 검색은 하루 검색 수가 3천 건이었고 응답이 200ms 안에 나오게 했습니다.",
      "ko",
      KO,
    );
    expect(e?.criterion).toBe("specificity");
    expect(e?.note).toContain("사내 위키 검색");
  });
});
