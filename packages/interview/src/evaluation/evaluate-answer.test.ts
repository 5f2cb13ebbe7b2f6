import { evaluationSchema } from "@studio/protocol";
import { describe, expect, it } from "vitest";
import { evaluateAnswer } from "./evaluate-answer";

const KO_QUESTION = "가장 기억에 남는 프로젝트와 본인의 역할을 말씀해 주세요.";
const KO_STRONG =
  "작년에 주문 조회 API가 느리다는 문의가 한 달에 40건 들어왔습니다. 저는 성능 개선을 맡았고 목표는 p95를 1초 이하로 줄이는 것이었습니다. 먼저 APM으로 측정해 보니 쿼리가 요청당 120번 실행되고 있었습니다. 제가 직접 쿼리를 조인으로 합치고 Redis 캐시를 적용했습니다. 그 결과 p95가 2.8초에서 0.4초로 줄었습니다.";
const KO_WEAK = "음 그냥 여러 가지 기능을 열심히 만들었던 것 같아요. 어 뭔가 많이 배웠습니다.";
const EN_QUESTION = "Tell me about a time you solved a difficult technical problem.";
const EN_STRONG =
  "Last year our nightly pipeline failed twice a week with out-of-memory errors. I owned the pipeline, so my task was to find the cause. I profiled a failing run and found a join that loaded the whole 40 GB table. I rewrote the step to filter first and process hourly partitions. As a result, peak memory dropped from 58 GB to 9 GB and we had zero failures for three months.";
const EN_WEAK =
  "Um, we had, like, a problem with the server I think, and we kind of fixed it somehow, basically.";

describe("evaluateAnswer", () => {
  it("returns a valid rules evaluation whose total is the sum of the five scores", () => {
    const evaluation = evaluationSchema.parse(
      evaluateAnswer({ question: KO_QUESTION, answer: KO_STRONG, language: "ko", category: "project" }),
    );
    const { specificity, logic, technical, star, communication } = evaluation.scores;
    expect(evaluation.total).toBe(specificity + logic + technical + star + communication);
    expect(evaluation.provider).toBe("rules");
  });

  it("scores a specific, structured answer well above a vague, hesitant one", () => {
    const strong = evaluateAnswer({ question: EN_QUESTION, answer: EN_STRONG, language: "en" });
    const weak = evaluateAnswer({ question: EN_QUESTION, answer: EN_WEAK, language: "en" });
    expect(strong.total).toBeGreaterThanOrEqual(20);
    expect(weak.total).toBeLessThanOrEqual(10);
    expect(strong.star.result).toBe(25);
    expect(weak.star.result).toBeLessThan(15);
  });

  it("quotes only the candidate's own sentences as evidence and labels each sentence", () => {
    const evaluation = evaluateAnswer({ question: KO_QUESTION, answer: KO_STRONG, language: "ko" });
    expect(evaluation.evidence.length).toBeGreaterThan(0);
    for (const { quote } of evaluation.evidence) expect(KO_STRONG).toContain(quote);
    const parts = evaluation.sentences?.map((s) => s.part);
    expect(parts?.[0]).toBe("situation");
    expect(parts).toContain("action");
    expect(parts?.at(-1)).toBe("result");
  });

  it("writes feedback in the session language naming the concrete fix", () => {
    const ko = evaluateAnswer({
      question: KO_QUESTION,
      answer: KO_WEAK,
      language: "ko",
      category: "project",
    });
    expect(ko.feedback).toMatch(/[가-힣]/);
    expect(ko.feedback).toContain("'음'");
    const en = evaluateAnswer({
      question: EN_QUESTION,
      answer: EN_WEAK,
      language: "en",
      category: "problem_solving",
    });
    expect(en.feedback).not.toMatch(/[가-힣]/);
    expect(en.feedback).toMatch(/filler words/i);
  });

  it("asks for a measurable result when a story has none", () => {
    const answer =
      "I led the migration of our billing service to a new database. I planned the cut-over, wrote the backfill job and ran it over a weekend.";
    const evaluation = evaluateAnswer({ question: EN_QUESTION, answer, language: "en", category: "project" });
    expect(evaluation.feedback).toMatch(/number on the result/);
  });

  it("gives the lowest score to a refusal to answer", () => {
    const evaluation = evaluateAnswer({
      question: KO_QUESTION,
      answer: "특별히 기억에 남는 건 없는 것 같습니다.",
      language: "ko",
    });
    expect(evaluation.total).toBe(5);
    expect(evaluation.evidence).toEqual([]);
  });

  it("handles an empty answer", () => {
    const evaluation = evaluationSchema.parse(
      evaluateAnswer({ question: EN_QUESTION, answer: "", language: "en" }),
    );
    expect(evaluation.total).toBe(5);
  });
});

describe("evidence never contradicts the score", () => {
  it("quotes no praise for logic or technical understanding on a weak, non-technical answer", () => {
    const evaluation = evaluateAnswer({
      question: "팀에서 갈등이 있었던 경험을 말씀해 주세요.",
      answer: "음 그냥 사람마다 생각이 다르니까요. 뭐 그래서 그냥 잘 해결됐던 것 같아요.",
      language: "ko",
      category: "teamwork",
    });
    expect(evaluation.scores.logic).toBeLessThan(3);
    const notes = evaluation.evidence.filter((e) => e.criterion === "logic" || e.criterion === "technical");
    for (const e of notes) expect(e.note).not.toMatch(/분명합니다|설명합니다/);
    expect(evaluation.evidence.every((e) => !e.note.includes("()"))).toBe(true);
  });
});
