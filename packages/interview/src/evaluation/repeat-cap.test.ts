import { describe, expect, it } from "vitest";
import { evaluateAnswer } from "./evaluate-answer";

const STORY =
  "작년 하반기에 사내 결제 대시보드가 월말마다 느려져서 제가 원인 분석을 맡았습니다. 슬로 쿼리 로그를 보니 집계 쿼리 세 개가 전체 시간의 70%를 차지했고, 저는 일별 요약 테이블을 만들어 미리 집계하도록 바꿨습니다. 그 결과 월말 조회 시간이 평균 9초에서 1.5초로 줄었고, 운영팀 문의도 눈에 띄게 줄었습니다.";

describe("a repeated answer scores no more than an answer about something else", () => {
  it("word for word and nearly word for word", () => {
    const question = "동료와 의견이 부딪혔을 때 어떻게 풀어 가셨는지 경험을 들려주세요.";
    const repeat = evaluateAnswer({ question, answer: STORY, language: "ko", earlierAnswers: [STORY] });
    const near = evaluateAnswer({
      question,
      answer: STORY.replace("작년 하반기에", "지난해 말에").replace("눈에 띄게", "많이"),
      language: "ko",
      earlierAnswers: [STORY],
    });
    for (const evaluation of [repeat, near]) {
      expect(evaluation.flags).toContain("repeated_answer");
      expect(evaluation.total).toBeLessThanOrEqual(6);
    }
  });

  it("the same story retold in other words is a repeat; another story about the same project is not", () => {
    const question = "가장 크게 성장했다고 느낀 경험은 무엇인가요?";
    const retold =
      "사내 결제 대시보드가 월말마다 느려졌던 적이 있는데, 원인 분석을 제가 맡았습니다. 슬로 쿼리 로그를 확인해 보니 집계 쿼리 세 개가 전체 시간의 70% 정도였고, 그래서 일별 요약 테이블을 만들어 미리 집계하게 바꿨습니다. 결과적으로 월말 조회 시간이 9초에서 1.5초로 줄었습니다. 이 경험으로 많이 배웠습니다.";
    const other =
      "같은 대시보드 작업에서 운영팀과 일정 조율이 가장 어려웠습니다. 운영팀은 월말 전에 배포해 달라고 했지만 저는 요약 테이블 검증에 일주일이 더 필요하다고 봤습니다. 그래서 검증 범위를 지난 석 달 데이터로 줄이고, 결과를 매일 공유하는 조건으로 합의했습니다. 배포는 월말 사흘 전에 끝났습니다.";
    const repeat = evaluateAnswer({ question, answer: retold, language: "ko", earlierAnswers: [STORY] });
    expect(repeat.flags).toContain("repeated_answer");
    expect(repeat.total).toBeLessThanOrEqual(6);
    const fresh = evaluateAnswer({ question, answer: other, language: "ko", earlierAnswers: [STORY] });
    expect(fresh.flags).not.toContain("repeated_answer");
  });
});
