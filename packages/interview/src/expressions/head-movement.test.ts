import type { ExpressionSample } from "@studio/protocol";
import { describe, expect, it } from "vitest";
import { buildEmotionsReport } from "./emotions-report";
import { summarizeExpressions } from "./expression-summary";
import { headMovement } from "./head-movement";

const T0 = 1_760_000_000_000;
const calm = { happy: 0, neutral: 1, sad: 0, angry: 0, surprise: 0, fear: 0, disgust: 0 };
const pose = (
  at: number,
  headYaw: number,
  headPitch: number,
  extra: Partial<ExpressionSample> = {},
): ExpressionSample => ({ at: T0 + at, scores: calm, facePresent: true, headYaw, headPitch, ...extra });

describe("head movement", () => {
  it("is the mean angular speed over steps between frames, yaw, pitch and roll together", () => {
    // 3-4-0 then 0-0-12 degrees over one second each: 5 and 12 degrees in 2 s.
    const m = headMovement([
      pose(0, 0, 0, { headRoll: 0 }),
      pose(1000, 3, 4, { headRoll: 0 }),
      pose(2000, 3, 4, { headRoll: 12 }),
    ]);
    expect(m?.meanDegPerSecond).toBe(8.5);
    expect(m?.steps).toBe(2);
    expect(m?.largeMovementShare).toBe(0);
    expect(m?.level).toBe("moderate");
  });

  it("measures speed, not size: the same turn in half the time is twice as fast and counts as large", () => {
    const slow = headMovement([pose(0, 0, 0), pose(1000, 15, 0)]);
    const fast = headMovement([pose(0, 0, 0), pose(500, 15, 0)]);
    expect(slow?.meanDegPerSecond).toBe(15);
    expect(fast?.meanDegPerSecond).toBe(30);
    expect(slow?.largeMovementShare).toBe(0);
    expect(fast?.largeMovementShare).toBe(1);
  });

  it("skips steps across a missing face, a frame without angles, or a pause in the analysis", () => {
    const m = headMovement([
      pose(0, 0, 0),
      { at: T0 + 1000, scores: calm, facePresent: false },
      pose(2000, 40, 0),
      pose(3000, 40, 0),
      { at: T0 + 4000, scores: calm, facePresent: true },
      pose(5000, -40, 0),
      pose(60_000, 40, 0), // a minute later: paused, not a turn
    ]);
    expect(m?.steps).toBe(1);
    expect(m?.meanDegPerSecond).toBe(0);
    expect(m?.level).toBe("steady");
  });

  it("still measures a slow device's frames four seconds apart, per second", () => {
    const m = headMovement([pose(0, 0, 0), pose(4500, 18, 0)]);
    expect(m).toMatchObject({ meanDegPerSecond: 4, steps: 1, level: "steady" });
  });

  it("is absent without two consecutive frames to compare", () => {
    expect(headMovement([pose(0, 0, 0)])).toBeUndefined();
    expect(headMovement([])).toBeUndefined();
  });

  it("reads a head turning back and forth every second as restless, per question and overall", () => {
    const restless = Array.from({ length: 8 }, (_, i) =>
      pose(i * 1000, i % 2 ? 25 : -5, 0, { questionId: "q1" }),
    );
    const still = Array.from({ length: 8 }, (_, i) =>
      pose(10_000 + i * 1000, 2 + (i % 2), 1, { questionId: "q2" }),
    );
    const summary = summarizeExpressions([...still, ...restless]);
    const [q1, q2] = summary.perQuestion;
    expect(q1?.headMovement).toMatchObject({ level: "restless", largeMovementShare: 1, steps: 7 });
    expect(q2?.headMovement?.level).toBe("steady");
    const report = buildEmotionsReport([...restless, ...still], ["q1", "q2"], "en");
    const moving = report?.highlights.filter((h) => h.kind === "head_movement");
    expect(moving?.map((h) => h.questionNumber)).toEqual([1]);
    expect(moving?.[0]?.text).toBe("Question 1: a lot of head movement (30° a second on average)");
    expect(report?.suggestions.some((s) => s.includes("head moved a lot"))).toBe(true);
  });
});

describe("looking down in the summary and report", () => {
  const reading = (at: number, questionId: string, down: boolean, away = down) =>
    pose(at, 0, 0, { questionId, lookingAway: away, lookingDown: down });

  it("counts looking down among frames with a face, and names it instead of 'looking away'", () => {
    const q1 = [0, 1, 2, 3, 4].map((i) => reading(i * 1000, "q1", i < 3));
    const q2 = [5, 6, 7, 8].map((i) => reading(i * 1000, "q2", false, i > 5));
    const report = buildEmotionsReport([...q1, ...q2], ["q1", "q2"], "ko");
    expect(report?.overall.lookingDownShare).toBeCloseTo(3 / 9, 3);
    expect(report?.perQuestion.map((q) => [q.questionNumber, q.lookingDownShare])).toEqual([
      [1, 0.6],
      [2, 0],
    ]);
    expect(report?.highlights.map((h) => [h.questionNumber, h.kind])).toEqual([
      [1, "looking_down"],
      [2, "looking_away"],
    ]);
    expect(report?.highlights[0]?.text).toBe("질문 1에서 시선이 아래로 60% (메모를 읽는 모습)");
    expect(report?.suggestions[0]).toContain("메모");
  });

  it("still names looking away when the eyes also went to the side beyond looking down", () => {
    const q = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map((i) => reading(i * 1000, "q1", i < 3, i < 7));
    const kinds = buildEmotionsReport(q, ["q1"], "en")?.highlights.map((h) => h.kind);
    expect(kinds).toEqual(["looking_down", "looking_away"]);
  });
});
