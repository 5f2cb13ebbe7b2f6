import type { Category, CriteriaScores } from "@studio/protocol";
import { describe, expect, it } from "vitest";
import { computeProgress } from "./compute-progress";
import type { ProgressAnswer, ProgressSession } from "./progress-input";

const scores = (s: number, overrides: Partial<CriteriaScores> = {}): CriteriaScores => ({
  specificity: s,
  logic: s,
  technical: s,
  star: s,
  communication: s,
  ...overrides,
});

function answer(questionId: string, category: Category, s: CriteriaScores, followUp = false): ProgressAnswer {
  const total = Object.values(s).reduce((a, b) => a + b, 0);
  return {
    questionId,
    category,
    followUp,
    evaluation: { scores: s, total },
    createdAt: "2026-12-05T10:00:00.000Z",
  };
}

function session(
  id: string,
  completedAt: string | null,
  answers: ProgressAnswer[],
  extra: Partial<ProgressSession> = {},
): ProgressSession {
  return {
    id,
    status: completedAt ? "completed" : "active",
    language: "ko",
    role: "backend",
    mode: "text",
    createdAt: "2026-12-05T09:00:00.000Z",
    completedAt,
    answers,
    ...extra,
  };
}

describe("computeProgress", () => {
  it("reads well with no history: zero interviews, empty trends, no weakest category, no bests", () => {
    const p = computeProgress([]);
    expect(p.interviews).toBe(0);
    expect(p.byCriterion.specificity).toEqual([]);
    expect(Object.keys(p.byCriterion).sort()).toEqual([
      "communication",
      "logic",
      "specificity",
      "star",
      "technical",
    ]);
    expect(p.byCategory).toEqual({});
    expect(p.weakestCategory).toBeNull();
    expect(p.bests).toEqual({ interview: null, answer: null, byCriterion: {} });
    expect(p.coding).toEqual({});
  });

  it("one interview gives one point per criterion: the mean of its main answers", () => {
    const p = computeProgress([
      session("s1", "2026-12-05T10:30:00.000Z", [
        answer("q1", "intro", scores(4, { logic: 2 })),
        answer("q2", "project", scores(2, { logic: 5 })),
      ]),
    ]);
    expect(p.interviews).toBe(1);
    expect(p.byCriterion.specificity).toEqual([
      { at: "2026-12-05T10:30:00.000Z", value: 3, sessionId: "s1" },
    ]);
    expect(p.byCriterion.logic[0]!.value).toBe(3.5);
    expect(p.byCategory).toEqual({ intro: 18, project: 13 });
    expect(p.weakestCategory).toBe("project");
    expect(p.bests.interview).toMatchObject({ sessionId: "s1", value: 15.5 });
    expect(p.bests.answer).toMatchObject({ questionId: "q1", category: "intro", value: 18 });
  });

  it("leaves follow-ups out of every figure and only counts them", () => {
    const main = [answer("q1", "teamwork", scores(4)), answer("q2", "growth", scores(3))];
    const followUps = [
      answer("q1#f", "teamwork", scores(1), true),
      answer("q2#f", "growth", scores(5), true),
    ];
    const without = computeProgress([session("s1", "2026-12-05T11:00:00.000Z", main)]);
    const withThem = computeProgress([session("s1", "2026-12-05T11:00:00.000Z", [...main, ...followUps])]);
    expect(withThem.byCriterion).toEqual(without.byCriterion);
    expect(withThem.byCategory).toEqual(without.byCategory);
    expect(withThem.weakestCategory).toBe("growth");
    expect(withThem.bests).toEqual(without.bests);
    expect(withThem.mainAnswers).toBe(2);
    expect(withThem.followUps).toBe(2);
    expect(withThem.history[0]).toMatchObject({ mainAnswers: 2, followUps: 2, total: 17.5 });
  });

  it("does not count interviews left active, nor ended ones without a main answer", () => {
    const p = computeProgress([
      session("done", "2026-12-05T11:00:00.000Z", [answer("q1", "intro", scores(4))]),
      session("abandoned", null, [answer("q1", "closing", scores(1)), answer("q2", "growth", scores(1))]),
      session("ended-empty", "2026-12-05T12:00:00.000Z", []),
    ]);
    expect(p.interviews).toBe(1);
    expect(p.unfinished).toBe(1);
    expect(p.byCriterion.star.map((x) => x.sessionId)).toEqual(["done"]);
    expect(p.byCategory).toEqual({ intro: 20 });
    expect(p.weakestCategory).toBe("intro");
    expect(p.history.map((h) => h.sessionId)).toEqual(["done"]);
  });

  it("breaks a tie for the weakest category by interview order, whatever order the answers came in", () => {
    const tied = (first: Category, second: Category) =>
      computeProgress([
        session("s1", "2026-12-05T11:00:00.000Z", [
          answer("a", first, scores(2)),
          answer("b", second, scores(2)),
          answer("c", "intro", scores(5)),
        ]),
      ]).weakestCategory;
    expect(tied("growth", "teamwork")).toBe("teamwork");
    expect(tied("teamwork", "growth")).toBe("teamwork");
    // A real difference is never hidden by rounding: 2 answers at 10 and 11 (10.5) beat one at 11.
    const close = computeProgress([
      session("s1", "2026-12-05T11:00:00.000Z", [
        answer("a", "technical", scores(2)),
        answer("b", "technical", scores(2, { star: 3 })),
        answer("c", "motivation", scores(2, { star: 3 })),
      ]),
    ]);
    expect(close.weakestCategory).toBe("technical");
  });

  it("mixes Korean and English interviews and orders trends by when they ended, not by input order", () => {
    const p = computeProgress([
      session("en-later", "2026-12-05T15:00:00.000Z", [answer("q1", "project", scores(5))], {
        language: "en",
        mode: "voice",
      }),
      session("ko-earlier", "2026-12-05T09:30:00.000Z", [answer("q1", "project", scores(1))]),
    ]);
    expect(p.byCriterion.logic.map((x) => [x.sessionId, x.value])).toEqual([
      ["ko-earlier", 1],
      ["en-later", 5],
    ]);
    expect(p.byCategory.project).toBe(15);
    expect(p.categoryDetail.project).toEqual({ average: 15, answers: 2, interviews: 2 });
    expect(p.categoryTrend.project!.map((x) => x.value)).toEqual([5, 25]);
    expect(p.history.map((h) => [h.language, h.mode])).toEqual([
      ["ko", "text"],
      ["en", "voice"],
    ]);
    expect(p.bests.interview!.sessionId).toBe("en-later");
    expect(p.bests.byCriterion.technical).toMatchObject({ sessionId: "en-later", value: 5 });
  });

  it("keeps the first of equal bests: an equal score later is not a new best", () => {
    const p = computeProgress([
      session("second", "2026-12-05T12:00:00.000Z", [answer("q", "intro", scores(3))]),
      session("first", "2026-12-05T10:00:00.000Z", [answer("q", "intro", scores(3))]),
    ]);
    expect(p.bests.interview!.sessionId).toBe("first");
    expect(p.bests.byCriterion.logic!.sessionId).toBe("first");
  });
});

describe("coding progress", () => {
  const at = (m: number) => `2026-12-05T10:${String(m).padStart(2, "0")}:00.000Z`;
  it("marks a problem solved once accepted, even when a later submission failed, with the best verdict", () => {
    const p = computeProgress(
      [],
      [
        { problemId: "two-sum", verdict: "compile_error", createdAt: at(1) },
        { problemId: "two-sum", verdict: "accepted", createdAt: at(2) },
        { problemId: "two-sum", verdict: "wrong_answer", createdAt: at(3) },
        { problemId: "stack", verdict: "runtime_error", createdAt: at(4) },
        { problemId: "stack", verdict: "time_limit", createdAt: at(5) },
        { problemId: "odd", verdict: "something_new", createdAt: at(6) },
      ],
    );
    expect(p.coding["two-sum"]).toEqual({
      status: "solved",
      bestVerdict: "accepted",
      attempts: 3,
      lastAt: at(3),
    });
    expect(p.coding.stack).toEqual({
      status: "attempted",
      bestVerdict: "time_limit",
      attempts: 2,
      lastAt: at(5),
    });
    expect(p.coding.odd!.status).toBe("attempted");
    expect(p.coding.never).toBeUndefined();
  });
});
