import { reportSchema } from "@studio/protocol";
import { describe, expect, it } from "vitest";
import { buildReport } from "./build-report";
import type { BuildReportInput, ReportAnswer } from "./report-input";
import { makeAnswer, makeEvaluation, uniformScores } from "./test-fixtures";

const PROJECT_KO =
  "작년에 결제 서버의 응답이 느려서 고객 불만이 많았습니다. 제 역할은 결제 API의 성능 개선이었습니다. " +
  "저는 먼저 느린 쿼리를 찾아 인덱스를 추가하고, 자주 조회되는 데이터는 Redis에 캐시했습니다. " +
  "그 결과 응답 시간을 2.8초에서 0.4초로 줄였습니다.";

function koreanAnswers(durations = false): ReportAnswer[] {
  const d = (ms: number) => (durations ? ms : null);
  return [
    makeAnswer(
      "ko-backend-intro-01",
      "intro",
      "안녕하세요. 3년 차 백엔드 개발자입니다. 결제 서버와 정산 시스템을 주로 개발했습니다.",
      makeEvaluation(
        { specificity: 3, logic: 4, technical: 3, star: 2, communication: 4 },
        { situation: 5, task: 5, action: 5, result: 0 },
      ),
      { durationMs: d(12_000) },
    ),
    makeAnswer(
      "ko-backend-project-01",
      "project",
      PROJECT_KO,
      makeEvaluation(
        { specificity: 5, logic: 5, technical: 5, star: 5, communication: 4 },
        { situation: 20, task: 20, action: 22, result: 23 },
        {
          evidence: [
            { criterion: "technical", quote: "느린 쿼리를 찾아 인덱스를 추가", note: "원인과 해법" },
          ],
          sentences: [
            { text: "작년에 결제 서버의 응답이 느려서 고객 불만이 많았습니다.", part: "situation" },
            { text: "제 역할은 결제 API의 성능 개선이었습니다.", part: "task" },
            {
              text: "저는 먼저 느린 쿼리를 찾아 인덱스를 추가하고, 자주 조회되는 데이터는 Redis에 캐시했습니다.",
              part: "action",
            },
            { text: "그 결과 응답 시간을 2.8초에서 0.4초로 줄였습니다.", part: "result" },
          ],
        },
      ),
      { durationMs: d(25_000) },
    ),
    makeAnswer(
      "ko-backend-problem_solving-02",
      "problem_solving",
      "음 문제가 생기면 그냥 열심히 찾아서 해결했습니다.",
      makeEvaluation(
        { specificity: 1, logic: 2, technical: 2, star: 1, communication: 3 },
        { situation: 5, task: 0, action: 5, result: 0 },
        { sentences: [{ text: "음 문제가 생기면 그냥 열심히 찾아서 해결했습니다.", part: "action" }] },
      ),
      { durationMs: d(150_000) },
    ),
    makeAnswer(
      "ko-backend-problem_solving-02~f",
      "problem_solving",
      "배포 직후 캐시 만료 설정이 잘못돼 있었고, 제가 설정을 되돌렸습니다.",
      makeEvaluation(
        { specificity: 3, logic: 3, technical: 3, star: 3, communication: 3 },
        { situation: 12, task: 5, action: 15, result: 8 },
      ),
      { followUp: true, durationMs: d(9_000) },
    ),
    makeAnswer(
      "ko-general-closing-01",
      "closing",
      "결제 도메인에서 쌓은 경험으로 서비스 안정성에 기여하고 싶습니다.",
      makeEvaluation(uniformScores(3), { situation: 0, task: 5, action: 0, result: 0 }),
      { durationMs: d(8_000) },
    ),
  ];
}

function input(answers: ReportAnswer[], language: "ko" | "en" = "ko"): BuildReportInput {
  return {
    sessionId: "s-1",
    language,
    role: "backend",
    answers,
    timeLimitMs: 120_000,
    createdAt: "2025-01-01T00:00:00.000Z",
  };
}

/** Share of letters that are Hangul once quotes and Latin tech terms are set aside. */
function hangulShare(text: string): number {
  const prose = text.replace(/'[^']*'/g, "").replace(/[A-Za-z]+/g, "");
  const letters = prose.match(/\p{L}/gu) ?? [];
  return letters.length === 0 ? 0 : (prose.match(/[가-힣]/g) ?? []).length / letters.length;
}

describe("buildReport", () => {
  it("produces a report that satisfies the shared schema", () => {
    const report = buildReport(input(koreanAnswers(true)));
    expect(reportSchema.parse(report)).toEqual(report);
    expect(report.questions).toEqual(koreanAnswers(true));
  });

  it("averages criteria with follow-ups counting half and grades the average total", () => {
    const report = buildReport(input(koreanAnswers()));
    // specificity: (3 + 5 + 1 + 3 + 0.5 * 3) / 4.5 = 3.0; totals: (16 + 24 + 9 + 15 + 0.5 * 15) / 4.5 = 15.9
    expect(report.averages.specificity).toBe(3);
    expect(report.total).toBe(15.9);
    expect(report.grade).toBe("B");
  });

  it("scores STAR on the story answers and cites the candidate's own sentences", () => {
    const report = buildReport(input(koreanAnswers()));
    // Story answers: project (20/20/22/23), problem solving (5/0/5/0) and its follow-up at half weight.
    expect(report.star.situation).toBe(12.4);
    expect(report.star.result).toBe(10.8);
    expect(report.star.total).toBeCloseTo(
      report.star.situation + report.star.task + report.star.action + report.star.result,
      5,
    );
    expect(report.star.sentences.result).toEqual(["그 결과 응답 시간을 2.8초에서 0.4초로 줄였습니다."]);
    expect(report.star.sentences.action[0]).toContain("인덱스를 추가");
    for (const part of ["situation", "task", "action", "result"] as const) {
      expect(report.star.sentences[part].length).toBeLessThanOrEqual(3);
    }
  });

  it("extracts technical keywords without Korean particles", () => {
    const report = buildReport(input(koreanAnswers()));
    expect(report.keywords.technical).toEqual(expect.arrayContaining(["Redis", "인덱스", "캐시"]));
    expect(report.keywords.general).toContain("결제");
    expect(report.keywords.general.every((w) => !/(을|를|습니다)$/.test(w))).toBe(true);
  });

  it("writes concrete strengths and improvements in Korean, citing evidence", () => {
    const report = buildReport(input(koreanAnswers(true)));
    expect(report.strengths.length).toBeGreaterThan(0);
    expect(report.strengths.length).toBeLessThanOrEqual(5);
    expect(report.improvements.length).toBeGreaterThan(0);
    expect(report.improvements.length).toBeLessThanOrEqual(5);
    expect(report.strengths.join("\n")).toContain("2.8초에서 0.4초로");
    expect(report.improvements.some((s) => s.includes("제한 시간(2분)"))).toBe(true);
    expect(report.recommendations.length).toBeGreaterThanOrEqual(3);
    expect(report.recommendations.length).toBeLessThanOrEqual(5);
    for (const text of [
      ...report.strengths,
      ...report.improvements,
      ...report.recommendations,
      report.summary,
    ]) {
      expect(hangulShare(text), text).toBeGreaterThan(0.8);
    }
    expect(report.summary).toContain("B등급");
  });

  it("adds speech analytics only when answers were timed", () => {
    expect(buildReport(input(koreanAnswers())).speech).toBeUndefined();
    const speech = buildReport(input(koreanAnswers(true))).speech!;
    expect(speech.paceUnit).toBe("syllables_per_minute");
    expect(speech.answersTimed).toBe(5);
    expect(speech.overTimeLimit).toBe(1);
    expect(speech.fillerCount).toBeGreaterThanOrEqual(2);
  });

  it("writes an English report in English", () => {
    const evaluation = makeEvaluation(
      { specificity: 2, logic: 3, technical: 2, star: 2, communication: 3 },
      { situation: 10, task: 5, action: 10, result: 3 },
    );
    const answers = [
      makeAnswer(
        "en-general-intro-01",
        "intro",
        "I'm a backend developer who has worked on payments.",
        evaluation,
      ),
      makeAnswer(
        "en-general-project-01",
        "project",
        "We built a cache with Redis and things got better.",
        evaluation,
      ),
    ];
    const report = buildReport(input(answers, "en"));
    expect(reportSchema.safeParse(report).success).toBe(true);
    expect(report.grade).toBe("C");
    expect(report.keywords.technical).toContain("Redis");
    for (const text of [
      ...report.strengths,
      ...report.improvements,
      ...report.recommendations,
      report.summary,
    ]) {
      expect(text).not.toMatch(/[가-힣]/);
    }
    expect(report.improvements.join(" ")).toMatch(/numbers/);
    expect(report.summary).toContain("grade C");
  });

  it("reports an interview without answers without failing", () => {
    const report = buildReport(input([]));
    expect(reportSchema.safeParse(report).success).toBe(true);
    expect(report.grade).toBe("D");
    expect(report.total).toBe(0);
    expect(report.strengths).toEqual([]);
    expect(report.summary).toContain("답변이 없습니다");
  });
});
