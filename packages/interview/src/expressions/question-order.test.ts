import { describe, expect, it } from "vitest";
import { followUpId } from "../flow/interview-state";
import { buildEmotionsReport } from "./emotions-report";
import { askedQuestionOrder } from "./question-order";

const plan = ["q1", "q2", "q3", "q4"];
const at = 1_800_000_000_000;
const face = { happy: 0, neutral: 1, sad: 0, angry: 0, surprise: 0, fear: 0, disgust: 0 };
const away = (questionId: string, i: number) => ({
  at: at + i * 1000,
  questionId,
  scores: face,
  facePresent: true,
  lookingAway: true,
});

describe("the order questions were asked in, for numbering the camera timeline", () => {
  it("puts a follow-up asked but never answered right after its main question", () => {
    const answered = [
      { questionId: "q1", followUpQuestion: null },
      { questionId: "q2", followUpQuestion: "어떤 지표로 확인했나요?" },
    ];
    expect(askedQuestionOrder(answered, plan)).toEqual(["q1", "q2", followUpId("q2"), "q3", "q4"]);
  });

  it("keeps an answered follow-up where it was answered and does not repeat it", () => {
    const answered = [
      { questionId: "q1", followUpQuestion: "왜요?" },
      { questionId: followUpId("q1"), followUpQuestion: null },
      { questionId: "q2", followUpQuestion: null },
    ];
    expect(askedQuestionOrder(answered, plan)).toEqual(["q1", followUpId("q1"), "q2", "q3", "q4"]);
  });

  it("numbers the unanswered follow-up's highlight by when it was asked, not after the unasked plan", () => {
    const answered = [
      { questionId: "q1", followUpQuestion: null },
      { questionId: "q2", followUpQuestion: "구체적으로요?" },
    ];
    const samples = [0, 1, 2, 3].map((i) => away(followUpId("q2"), i));
    const report = buildEmotionsReport(samples, askedQuestionOrder(answered, plan), "ko");
    expect(report?.highlights[0]?.questionNumber).toBe(3);
    expect(report?.highlights[0]?.text).toContain("질문 3에서");
  });
});
