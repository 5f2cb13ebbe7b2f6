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
});
