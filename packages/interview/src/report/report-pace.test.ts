import type { SpeechAnalytics } from "@studio/protocol";
import { describe, expect, it } from "vitest";
import { reportPace } from "./report-pace";

const whole = {
  averagePace: 59,
  paceUnit: "syllables_per_minute",
  paceVerdict: "slow",
} as unknown as SpeechAnalytics;
const recorded = {
  ...whole,
  delivery: {
    averages: { rate: { unit: "syllables_per_second", value: 4.4 } },
    verdicts: { rate: "good" },
  },
} as unknown as SpeechAnalytics;

describe("reportPace", () => {
  it("uses the rate while speaking when recordings measured it, never the whole-answer pace", () => {
    const pace = reportPace(recorded, "ko")!;
    expect(pace.verdict).toBe("good");
    expect(pace.figure).toBe("말하는 동안 초당 약 4.4음절");
    expect(pace.figure).not.toContain("59");
  });

  it("falls back to the whole-answer pace, named as such, without recordings", () => {
    expect(reportPace(whole, "ko")).toMatchObject({ verdict: "slow", figure: "분당 약 59음절" });
    expect(reportPace({ ...whole, averagePace: null, paceVerdict: null } as never, "en")).toBeNull();
  });

  it("a measured rate of zero (too little voice) is not a pace", () => {
    const silent = {
      ...recorded,
      delivery: { averages: { rate: { unit: "words_per_minute", value: 0 } }, verdicts: { rate: null } },
    };
    expect(reportPace(silent as never, "en")).toMatchObject({ figure: "about 59 words per minute" });
  });
});
