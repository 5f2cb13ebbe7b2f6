import { type ExpressionSample, expressionBatchSchema, expressionSampleSchema } from "@studio/protocol";
import { describe, expect, it } from "vitest";
import { buildEmotionsReport } from "./emotions-report";
import { sampleSpans, summarizeExpressions, topEmotion } from "./expression-summary";

const T0 = 1_760_000_000_000;
const zero = { happy: 0, neutral: 0, sad: 0, angry: 0, surprise: 0, fear: 0, disgust: 0 };
const face = (
  at: number,
  top: keyof typeof zero,
  extra: Partial<ExpressionSample> = {},
): ExpressionSample => ({
  at: T0 + at,
  scores: { ...zero, [top]: 0.8, neutral: top === "neutral" ? 0.8 : 0.2 },
  facePresent: true,
  lookingAway: false,
  ...extra,
});
const noFace = (at: number, extra: Partial<ExpressionSample> = {}): ExpressionSample => ({
  at: T0 + at,
  scores: zero,
  facePresent: false,
  ...extra,
});

describe("expression summary", () => {
  it("counts shares among frames with a face only, and names the dominant expression", () => {
    const samples = [
      face(0, "happy"),
      face(1000, "happy"),
      face(2000, "neutral"),
      noFace(3000),
      noFace(4000),
    ];
    const { overall } = summarizeExpressions(samples);
    expect(overall.samples).toBe(5);
    expect(overall.dominant).toBe("happy");
    expect(overall.shares.happy).toBeCloseTo(2 / 3, 3);
    expect(overall.shares.neutral).toBeCloseTo(1 / 3, 3);
    expect(Object.values(overall.shares).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 2);
  });

  it("measures face-missing time from the spans between samples, whatever the input order", () => {
    const samples = [noFace(2000), face(0, "neutral"), noFace(1000), face(3000, "neutral")];
    expect(summarizeExpressions(samples).overall.faceMissingMs).toBe(2000);
  });

  it("does not count a pause in the analysis (a long gap) as face missing", () => {
    const samples = [noFace(0), face(60_000, "neutral"), face(61_000, "neutral")];
    // The missing frame stands for at most the cap, not the minute until the next sample.
    expect(summarizeExpressions(samples).overall.faceMissingMs).toBe(2000);
    expect(sampleSpans(samples.map((s) => s)).every((span) => span <= 2000)).toBe(true);
  });

  it("takes the looking-away share among frames whose gaze is known, never counting a missing face", () => {
    const samples = [
      face(0, "neutral", { lookingAway: true }),
      face(500, "neutral", { lookingAway: false }),
      face(1000, "neutral", { lookingAway: undefined }),
      face(1500, "neutral", { lookingAway: false }),
      noFace(2000, { lookingAway: true }),
    ];
    expect(summarizeExpressions(samples).overall.lookingAwayShare).toBeCloseTo(1 / 3, 3);
  });

  it("without any face: no dominant expression, zero shares, all time missing", () => {
    const { overall } = summarizeExpressions([noFace(0), noFace(1000)]);
    expect(overall.dominant).toBeNull();
    expect(Object.values(overall.shares).every((s) => s === 0)).toBe(true);
    expect(overall.faceMissingMs).toBe(2000);
    expect(overall.lookingAwayShare).toBe(0);
  });

  it("groups by question in the order the questions came, leaving unlabelled samples to the overall figures", () => {
    const samples = [
      face(0, "happy", { questionId: "q2" }),
      face(1000, "sad", { questionId: "q1" }),
      face(2000, "sad", { questionId: "q1", lookingAway: true }),
      face(3000, "neutral"),
    ];
    const { perQuestion, overall } = summarizeExpressions(samples);
    expect(perQuestion.map((q) => q.questionId)).toEqual(["q2", "q1"]);
    expect(perQuestion[1]).toMatchObject({ samples: 2, dominant: "sad", lookingAwayShare: 0.5 });
    expect(overall.samples).toBe(4);
  });

  it("picks the top expression of a frame, the first on a tie", () => {
    expect(topEmotion({ ...zero, fear: 0.5, disgust: 0.5 })).toBe("fear");
    expect(topEmotion({ ...zero, surprise: 0.01 })).toBe("surprise");
  });
});

describe("emotions report", () => {
  const question = (id: string, start: number, away: number, missing: number, happy = 0) => [
    ...Array.from({ length: 10 }, (_, i) =>
      i < missing
        ? noFace(start + i * 1000, { questionId: id })
        : face(start + i * 1000, i < missing + happy ? "happy" : "neutral", {
            questionId: id,
            lookingAway: i >= 10 - away,
          }),
    ),
  ];

  it("names the questions where the gaze left the screen or the face left the frame, numbered by the plan", () => {
    const samples = [
      ...question("a", 0, 0, 0, 6),
      ...question("b", 10_000, 4, 0),
      ...question("c", 20_000, 0, 6),
    ];
    const report = buildEmotionsReport(samples, ["a", "b", "c"], "ko");
    const texts = report?.highlights.map((h) => h.text) ?? [];
    expect(texts).toContain("질문 2에서 시선이 화면 밖으로 40%");
    expect(texts).toContain("질문 3에서 얼굴이 화면 밖에 6초");
    expect(texts).toContain("질문 1에서 가장 밝은 표정 (미소 60%)");
    expect(report?.highlights.map((h) => h.questionNumber)).toEqual([1, 2, 3]);
  });

  it("has no highlight for a calm interview, and says what the figures are not", () => {
    const report = buildEmotionsReport(question("a", 0, 0, 0, 5), ["a"], "en");
    expect(report?.highlights.filter((h) => h.kind !== "bright")).toEqual([]);
    expect(report?.suggestions.at(-1)).toMatch(/not a hiring score/);
    expect(report?.suggestions.join(" ")).toMatch(/steady/);
  });

  it("advises on gaze and framing when they were off", () => {
    const report = buildEmotionsReport(question("a", 0, 5, 3), ["a"], "en");
    expect(report?.suggestions.join(" ")).toMatch(/camera lens/);
    expect(report?.suggestions.join(" ")).toMatch(/middle of the frame/);
  });

  it("measures where the face sat in the frame, and advises centring it or sitting closer", () => {
    // 10 frames: 4 off to a side, 3 small and far, 3 centred; 2 more without a face are not counted.
    const framed = (i: number, faceOffCentre: number, faceSize: number) =>
      face(i * 1000, "neutral", { questionId: "a", faceOffCentre, faceSize });
    const samples = [
      ...[0, 1, 2, 3].map((i) => framed(i, 0.7, 0.3)),
      ...[4, 5, 6].map((i) => framed(i, 0.1, 0.08)),
      ...[7, 8, 9].map((i) => framed(i, 0.1, 0.3)),
      noFace(10_000),
      noFace(11_000),
    ];
    const { overall, perQuestion } = summarizeExpressions(samples);
    expect([overall.offCentreShare, overall.tooFarShare]).toEqual([0.4, 0.3]);
    expect([perQuestion[0]?.offCentreShare, perQuestion[0]?.tooFarShare]).toEqual([0.4, 0.3]);
    const advice = buildEmotionsReport(samples, ["a"], "en")?.suggestions.join(" ");
    expect(advice).toMatch(/middle of the frame/);
    expect(advice).toMatch(/Sit closer/);
    const ko = buildEmotionsReport(samples, ["a"], "ko")?.suggestions.join(" ");
    expect(ko).toMatch(/가까이 앉으세요/);
    // Older clients send no framing figures: nothing is claimed about it.
    const unknown = summarizeExpressions([face(0, "happy"), face(1000, "happy")]);
    expect([unknown.overall.offCentreShare, unknown.overall.tooFarShare]).toEqual([0, 0]);
    expect(
      buildEmotionsReport([face(0, "happy"), face(1000, "happy")], [], "en")?.suggestions.join(" "),
    ).not.toMatch(/closer|middle of the frame/);
  });

  it("is absent without samples", () => {
    expect(buildEmotionsReport([], [], "ko")).toBeUndefined();
  });
});

describe("sample validation", () => {
  const valid = face(0, "happy");
  it.each([
    ["a score above 1", { ...valid, scores: { ...valid.scores, happy: 1.2 } }],
    ["a negative score", { ...valid, scores: { ...valid.scores, sad: -0.1 } }],
    ["a missing expression", { ...valid, scores: { happy: 1 } }],
    ["seconds instead of milliseconds", { ...valid, at: Math.floor(T0 / 1000) }],
    ["a head angle beyond 180", { ...valid, headYaw: 270 }],
    ["no facePresent", { at: valid.at, scores: valid.scores }],
    ["an image in a field", { ...valid, questionId: "x".repeat(65) }],
  ])("rejects %s", (_name, sample) => {
    expect(expressionSampleSchema.safeParse(sample).success).toBe(false);
  });

  it("accepts at most 120 samples a request and at least one", () => {
    expect(expressionBatchSchema.safeParse({ samples: Array(120).fill(valid) }).success).toBe(true);
    expect(expressionBatchSchema.safeParse({ samples: Array(121).fill(valid) }).success).toBe(false);
    expect(expressionBatchSchema.safeParse({ samples: [] }).success).toBe(false);
  });
});
