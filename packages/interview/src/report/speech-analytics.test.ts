import { describe, expect, it } from "vitest";
import { analyzeSpeech, countSpokenUnits, PACE_RANGES, paceVerdict } from "./speech-analytics";
import { makeAnswer, makeEvaluation, uniformScores } from "./test-fixtures";

const evaluation = makeEvaluation(uniformScores(3));
/** 30 Hangul syllables. */
const KO_30 = "저는 결제 서버의 응답 시간을 줄이려고 캐시를 도입했고 효과가 컸습니다";

describe("countSpokenUnits", () => {
  it("counts Korean syllables, not spaces or punctuation", () => {
    expect(countSpokenUnits(KO_30, "ko")).toBe(30);
    expect(countSpokenUnits("안녕하세요. 반갑습니다!", "ko")).toBe(10);
  });

  it("counts Latin words in Korean answers by their vowel groups", () => {
    expect(countSpokenUnits("Redis를 썼습니다", "ko")).toBe(2 + 1 + 4);
  });

  it("counts English words", () => {
    expect(countSpokenUnits("I cut the p95 latency from 2.8s to 0.4s, and it didn't regress.", "en")).toBe(
      13,
    );
  });
});

describe("paceVerdict", () => {
  it("uses the documented ranges", () => {
    expect(paceVerdict(PACE_RANGES.ko.slowBelow - 1, "ko")).toBe("slow");
    expect(paceVerdict(300, "ko")).toBe("good");
    expect(paceVerdict(PACE_RANGES.ko.fastAbove + 1, "ko")).toBe("fast");
    expect(paceVerdict(100, "en")).toBe("slow");
    expect(paceVerdict(140, "en")).toBe("good");
    expect(paceVerdict(190, "en")).toBe("fast");
  });
});

describe("analyzeSpeech", () => {
  it("is absent when no answer was timed", () => {
    expect(analyzeSpeech([makeAnswer("q1", "intro", KO_30, evaluation)], "ko", 120_000)).toBeUndefined();
  });

  it("does not take an instantly submitted or pasted answer for speech", () => {
    const pasted = analyzeSpeech(
      [
        makeAnswer("q1", "intro", KO_30, evaluation, { durationMs: 40 }),
        makeAnswer("q2", "project", `${KO_30} ${KO_30} ${KO_30}`, evaluation, { durationMs: 4_000 }),
      ],
      "ko",
      120_000,
    );
    expect(pasted).toBeUndefined();
  });

  it("measures pace in syllables per minute for Korean", () => {
    // 30 syllables in 6 seconds = 300 per minute; 60 in 18 seconds = 200 per minute. Overall 90 in 24 s.
    const speech = analyzeSpeech(
      [
        makeAnswer("q1", "intro", KO_30, evaluation, { durationMs: 6_000 }),
        makeAnswer("q2", "project", `${KO_30} ${KO_30}`, evaluation, { durationMs: 18_000 }),
        makeAnswer("q3", "closing", KO_30, evaluation),
      ],
      "ko",
      10_000,
    )!;
    expect(speech.paceUnit).toBe("syllables_per_minute");
    expect(speech.perAnswer.map((a) => a.pace)).toEqual([300, 200, null]);
    expect(speech.averagePace).toBe(225);
    expect(speech.paceVerdict).toBe("slow");
    expect(speech.answersTimed).toBe(2);
    expect(speech.averageDurationMs).toBe(12_000);
    expect(speech.overTimeLimit).toBe(1);
    expect(speech.timeLimitMs).toBe(10_000);
  });

  it("measures English in words per minute and counts fillers", () => {
    const text = "Um, so I, uh, basically rewrote the query and um it got faster";
    const speech = analyzeSpeech(
      [makeAnswer("q1", "project", text, evaluation, { durationMs: 6_000 })],
      "en",
      120_000,
    )!;
    expect(speech.paceUnit).toBe("words_per_minute");
    expect(speech.averagePace).toBe(130);
    expect(speech.paceVerdict).toBe("good");
    expect(speech.fillerCount).toBe(4);
    expect(speech.fillersPerAnswer).toBe(4);
    expect(speech.topFillers[0]).toEqual({ word: "um", count: 2 });
    expect(speech.perAnswer[0]?.fillers).toBe(4);
  });
});
