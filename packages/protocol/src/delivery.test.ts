import { describe, expect, it } from "vitest";
import { deliverySchema, submitAnswerBodySchema } from "./index";

const valid = {
  talkMs: 8000,
  thinkingMs: 1200,
  pauseCount: 1,
  longestPauseMs: 2500,
  pauses: [{ startMs: 3000, endMs: 5500 }],
  rate: { unit: "syllables_per_second", value: 4.6 },
  loudnessVariation: 4.2,
};

describe("deliverySchema", () => {
  it("accepts the contract's shape on an answer body", () => {
    expect(submitAnswerBodySchema.safeParse({ questionId: "q", text: "t", delivery: valid }).success).toBe(
      true,
    );
  });

  it.each([
    ["negative talk time", { talkMs: -1 }],
    ["NaN thinking time", { thinkingMs: Number.NaN }],
    ["a fractional pause count", { pauseCount: 1.5 }],
    ["a pause that ends before it starts", { pauses: [{ startMs: 5000, endMs: 3000 }] }],
    ["more pauses listed than counted", { pauseCount: 0 }],
    ["a listed pause longer than the longest", { longestPauseMs: 100 }],
    [
      "over 200 pauses",
      { pauseCount: 500, pauses: Array.from({ length: 201 }, () => ({ startMs: 0, endMs: 1 })) },
    ],
    ["an unknown rate unit", { rate: { unit: "syllables_per_minute", value: 5 } }],
    ["an inhuman Korean rate", { rate: { unit: "syllables_per_second", value: 25 } }],
    ["an inhuman English rate", { rate: { unit: "words_per_minute", value: 900 } }],
    ["a missing field", { loudnessVariation: undefined }],
    ["a string for a number", { talkMs: "8000" }],
    ["over an hour", { talkMs: 3_600_001 }],
  ])("refuses %s", (_name, change) => {
    expect(deliverySchema.safeParse({ ...valid, ...change }).success).toBe(false);
  });
});
