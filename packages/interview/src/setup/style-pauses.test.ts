import { interviewerStyleSchema } from "@studio/protocol";
import { describe, expect, it } from "vitest";
import { pauseBefore, STYLE_PAUSES, stylePauses } from "./style-pauses";

describe("interviewer pauses per style", () => {
  it("gives every style its pauses, friendly the longest and pressure the shortest", () => {
    for (const style of interviewerStyleSchema.options) expect(STYLE_PAUSES[style]).toBeDefined();
    const { friendly, neutral, pressure } = STYLE_PAUSES;
    for (const key of ["beforeQuestionMs", "beforeFollowUpMs"] as const) {
      expect(friendly[key]).toBeGreaterThan(neutral[key]);
      expect(neutral[key]).toBeGreaterThan(pressure[key]);
    }
  });

  it("keeps every pause a pause, not a stall: never negative, never past two seconds", () => {
    for (const pauses of Object.values(STYLE_PAUSES)) {
      for (const ms of Object.values(pauses)) {
        expect(ms).toBeGreaterThanOrEqual(0);
        expect(ms).toBeLessThanOrEqual(2000);
      }
    }
  });

  it("a follow-up comes back sooner than a new question (it continues the same answer)", () => {
    for (const pauses of Object.values(STYLE_PAUSES)) {
      expect(pauses.beforeFollowUpMs).toBeLessThan(pauses.beforeQuestionMs);
    }
  });

  it("picks the follow-up's pause for a follow-up, the question's otherwise; neutral by default", () => {
    expect(pauseBefore("friendly", { followUp: true })).toBe(STYLE_PAUSES.friendly.beforeFollowUpMs);
    expect(pauseBefore("friendly", { followUp: false })).toBe(STYLE_PAUSES.friendly.beforeQuestionMs);
    expect(pauseBefore("pressure", {})).toBe(STYLE_PAUSES.pressure.beforeQuestionMs);
    expect(stylePauses()).toEqual(STYLE_PAUSES.neutral);
  });
});
