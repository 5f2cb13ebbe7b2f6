import { describe, expect, it } from "vitest";
import { tokenize } from "../text/tokenize";
import { OFF_TOPIC_FIT } from "./assess-relevance";
import { likeliest } from "./category-classifier";
import { answerCategoryOdds, knownWordShare, questionCategory } from "./category-models";
import { crossValidateCorpus } from "./corpus-cross-validation";

describe("category models", () => {
  // Written for this test, not taken from the corpus.
  it("reads what kind of question an answer answers, whatever question it is given to", () => {
    const motivation =
      "저는 귀사의 물류 서비스가 새벽 배송 시장을 바꿔 온 방식에 끌렸습니다. 특히 배차 알고리즘을 직접 개선하는 팀이 있다는 점이 " +
      "제가 이 직무를 고른 이유이고, 입사하면 배송 경로 데이터를 먼저 들여다보고 싶습니다.";
    const teamwork =
      "When a designer and I disagreed about the checkout flow, I suggested we test both versions with five users " +
      "instead of arguing. We sat together, watched the sessions, and agreed on her layout with my validation rules.";
    expect(likeliest(answerCategoryOdds(motivation, "ko"))).toBe("motivation");
    expect(answerCategoryOdds(motivation, "ko").technical ?? 1).toBeLessThan(OFF_TOPIC_FIT);
    expect(likeliest(answerCategoryOdds(teamwork, "en"))).toBe("teamwork");
    expect(answerCategoryOdds(teamwork, "en").technical ?? 1).toBeLessThan(OFF_TOPIC_FIT);
  });

  it("reads the kind of question from wordings the bank does not have", () => {
    expect(questionCategory("입사 후 5년 뒤 본인의 모습을 그려 본다면요?", "ko")).toBe("growth");
    expect(questionCategory("동료와 생각이 달라 부딪혔던 적은 없었나요?", "ko")).toBe("teamwork");
    expect(questionCategory("What drew you to our company in particular?", "en")).toBe("motivation");
    expect(questionCategory("What is the difference between a process and a thread?", "en")).toBe(
      "technical",
    );
  });

  it("tells words of the language from syllables strung together", () => {
    const share = (text: string, language: "ko" | "en") => knownWordShare(tokenize(text, language), language);
    expect(share("바로 도키 마네 수레 가톤 피르 네소 므앙 초레", "ko")).toBeLessThan(0.2);
    expect(share("flim borra quentish dap morrel vintu sker plaob", "en")).toBeLessThan(0.2);
    expect(share("Redis 캐시를 앞에 두어서 조회 응답 시간을 절반으로 줄였습니다.", "ko")).toBeGreaterThan(
      0.5,
    );
  });

  // A floor on answers the models never saw (5-fold on the corpus); `npm run eval` prints the figures.
  // Twenty trainings per language: a roomy timeout for a busy machine (speed is not what is tested).
  for (const language of ["ko", "en"] as const) {
    it(`judges held-out corpus answers: right kind, almost never off topic under their own question (${language})`, () => {
      const cv = crossValidateCorpus(language, OFF_TOPIC_FIT);
      expect(cv.answers).toBeGreaterThanOrEqual(1400);
      expect(cv.answerAccuracy).toBeGreaterThanOrEqual(0.85);
      expect(cv.questionAccuracy).toBeGreaterThanOrEqual(0.8);
      expect(cv.falseOffTopicShare).toBeLessThanOrEqual(0.005);
      // A short answer gives less evidence: its line is lower, so it is not flagged on thin grounds.
      expect(cv.shortFalseOffTopicShare).toBeLessThanOrEqual(0.01);
      expect(cv.mismatchFlaggedShare).toBeGreaterThanOrEqual(0.7);
    }, 300_000);
  }
});
