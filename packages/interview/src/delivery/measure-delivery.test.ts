import { deliverySchema } from "@studio/protocol";
import { describe, expect, it } from "vitest";
import { frameLoudnessDb, loudnessVariation } from "./loudness";
import { measureDelivery, speechRate } from "./measure-delivery";
import { normalizeSegments } from "./speech-segments";
import { speechSpans } from "./speech-spans";
import { summarizeDelivery } from "./summarize-delivery";

const base = { language: "ko" as const, levelsDb: [], frameMs: 30, transcript: "" };

describe("measureDelivery", () => {
  it("finds thinking time, talk time and only the gaps over 2 s between speech", () => {
    const d = measureDelivery({
      ...base,
      durationMs: 20_000,
      speech: [
        { startMs: 1500, endMs: 4000 },
        { startMs: 4200, endMs: 6000 }, // a 200 ms breath: bridged, not a pause
        { startMs: 8500, endMs: 10_000 }, // 2.5 s pause before
        { startMs: 11_900, endMs: 13_000 }, // 1.9 s: not long
        { startMs: 16_000, endMs: 17_000 }, // 3 s pause before
      ],
      transcript: "안녕하세요 저는 개발자입니다",
    });
    expect(d.thinkingMs).toBe(1500);
    expect(d.talkMs).toBe(2700 + 1800 + 1500 + 1100 + 1000 - 200 + 200);
    expect(d.pauses).toEqual([
      { startMs: 6000, endMs: 8500 },
      { startMs: 13_000, endMs: 16_000 },
    ]);
    expect(d.pauseCount).toBe(2);
    expect(d.longestPauseMs).toBe(3000);
    expect(d.rate.unit).toBe("syllables_per_second");
    expect(d.rate.value).toBeCloseTo(13 / 8.1, 1);
    expect(deliverySchema.parse(d)).toEqual(d);
  });

  it("does not call silence before the first word or after the last a pause", () => {
    const d = measureDelivery({ ...base, durationMs: 30_000, speech: [{ startMs: 9000, endMs: 12_000 }] });
    expect(d).toMatchObject({ thinkingMs: 9000, pauseCount: 0, pauses: [], longestPauseMs: 0, talkMs: 3000 });
  });

  it("reports no speech as all thinking, rate zero", () => {
    const d = measureDelivery({ ...base, durationMs: 5000, speech: [], transcript: "타이핑한 답변입니다" });
    expect(d).toMatchObject({ talkMs: 0, thinkingMs: 5000, pauseCount: 0, rate: { value: 0 } });
  });

  it("survives hostile input and always produces what the schema accepts", () => {
    const nasty = [NaN, Infinity, -Infinity, -5, 1e12, 0, 3_600_001];
    let seed = 42;
    const rand = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let round = 0; round < 300; round++) {
      const pick = () => (rand() < 0.15 ? nasty[Math.floor(rand() * nasty.length)]! : rand() * 100_000);
      const speech = Array.from({ length: Math.floor(rand() * 600) }, () => ({
        startMs: pick(),
        endMs: pick(),
      }));
      const d = measureDelivery({
        language: rand() < 0.5 ? "ko" : "en",
        durationMs: pick(),
        speech,
        levelsDb: Array.from({ length: 50 }, () => (rand() < 0.2 ? NaN : -rand() * 200)),
        frameMs: rand() < 0.1 ? NaN : 30,
        transcript: "음 어 그러니까 um like 대규모 트래픽을 ".repeat(Math.floor(rand() * 50)),
        segments: [{ text: "음 저는 어 like", startMs: pick(), endMs: pick() }],
      });
      const parsed = deliverySchema.safeParse(d);
      expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
    }
  });

  it("lists at most 200 pauses but counts them all", () => {
    const speech = Array.from({ length: 400 }, (_, i) => ({ startMs: i * 3000, endMs: i * 3000 + 500 }));
    const d = measureDelivery({ ...base, durationMs: 1_300_000, speech });
    expect(d.pauseCount).toBe(399);
    expect(d.pauses).toHaveLength(200);
    expect(deliverySchema.safeParse(d).success).toBe(true);
  });

  it("caps an impossible rate (typed text over a second of voice) at the schema's bound", () => {
    expect(speechRate("가".repeat(5000), "ko", 1000)).toEqual({ unit: "syllables_per_second", value: 20 });
    expect(speechRate("word ".repeat(50), "en", 60_000)).toEqual({ unit: "words_per_minute", value: 50 });
    expect(speechRate("word", "en", 100).value).toBe(0);
  });

  it("places fillers of timed segments in time", () => {
    const d = measureDelivery({
      ...base,
      durationMs: 10_000,
      speech: [{ startMs: 0, endMs: 10_000 }],
      transcript: "음 저는 백엔드 개발자입니다",
      segments: [{ text: "음 저는 백엔드 개발자입니다", startMs: 2000, endMs: 6000 }],
    });
    expect(d.fillers).toEqual([{ word: "음", atMs: 2000 }]);
    expect(d.fillerCount).toBe(1);
  });
});

describe("segments and loudness", () => {
  it("merges overlapping and unsorted segments and clamps them to the recording", () => {
    expect(
      normalizeSegments(
        [
          { startMs: 5000, endMs: 4000 },
          { startMs: -100, endMs: 1000 },
          { startMs: 800, endMs: 2000 },
          { startMs: 9000, endMs: 99_999 },
        ],
        10_000,
      ),
    ).toEqual([
      { startMs: 0, endMs: 2000 },
      { startMs: 4000, endMs: 5000 },
      { startMs: 9000, endMs: 10_000 },
    ]);
  });

  it("measures dB per frame and the spread of voiced loudness only", () => {
    const rate = 1000;
    const samples = new Float32Array(6000);
    samples.fill(0.5, 0, 2000); // -6 dB
    samples.fill(0.05, 2000, 4000); // -26 dB
    const levels = frameLoudnessDb(samples, rate, 500);
    expect(levels.map(Math.round)).toEqual([-6, -6, -6, -6, -26, -26, -26, -26, -90, -90, -90, -90]);
    // Two 1 s windows at -6 dB, one across the step, two at -26 dB.
    expect(loudnessVariation(levels, 500, [{ startMs: 0, endMs: 4000 }])).toBeGreaterThan(8);
    // Silence outside speech does not make a voice sound varied.
    expect(loudnessVariation(levels, 500, [{ startMs: 0, endMs: 2000 }])).toBe(0);
    expect(frameLoudnessDb(samples, rate, 0)).toEqual([]);
  });

  /** Six seconds of a voice whose syllables (4.5 a second) swing ~19 dB, each 2 s phrase at its own gain. */
  const syllables = (phraseGains: number[]) => {
    const rate = 16_000;
    const samples = new Float32Array(rate * 2 * phraseGains.length);
    for (let i = 0; i < samples.length; i++) {
      const t = i / rate;
      const envelope = 0.05 + 0.45 * (0.5 + 0.5 * Math.sin(2 * Math.PI * 4.5 * t));
      samples[i] = phraseGains[Math.floor(t / 2)]! * envelope * Math.sin(2 * Math.PI * 180 * t);
    }
    const levels = frameLoudnessDb(samples, rate, 32);
    return { levels, voiced: [{ startMs: 0, endMs: samples.length / 16 }] };
  };

  it("hears a flat voice as flat although its syllables rise and fall, and phrase-to-phrase changes as varied", () => {
    const flat = syllables([1, 1, 1]);
    // Frame by frame the syllable rhythm alone spreads the levels widely: not what monotone means.
    const frames = flat.levels.filter((db) => db > -60);
    const mean = frames.reduce((a, b) => a + b, 0) / frames.length;
    expect(Math.sqrt(frames.reduce((a, b) => a + (b - mean) ** 2, 0) / frames.length)).toBeGreaterThan(4);
    expect(loudnessVariation(flat.levels, 32, flat.voiced)).toBeLessThan(1);
    // The middle phrase 10 dB quieter, then the last 6 dB louder than the first.
    const varied = syllables([1, 0.32, 2]);
    expect(loudnessVariation(varied.levels, 32, varied.voiced)).toBeGreaterThan(4);
    const report = (levels: number[], voiced: { startMs: number; endMs: number }[]) =>
      summarizeDelivery(
        [
          {
            questionId: "q1",
            delivery: measureDelivery({
              ...base,
              durationMs: 6000,
              speech: voiced,
              levelsDb: levels,
              frameMs: 32,
            }),
          },
        ],
        "ko",
      )?.verdicts.loudness;
    expect(report(flat.levels, flat.voiced)).toBe("monotone");
    expect(report(varied.levels, varied.voiced)).toBe("varied");
  });
});

describe("summarizeDelivery", () => {
  const delivery = (over: Partial<ReturnType<typeof measureDelivery>>) => ({
    ...measureDelivery({ ...base, durationMs: 60_000, speech: [{ startMs: 2000, endMs: 62_000 }] }),
    ...over,
  });
  it("averages rate by voiced time, skips answers without delivery, and cites its benchmarks", () => {
    const s = summarizeDelivery(
      [
        {
          questionId: "a",
          delivery: delivery({ talkMs: 30_000, rate: { unit: "syllables_per_second", value: 6 } }),
        },
        {
          questionId: "b",
          delivery: delivery({ talkMs: 10_000, rate: { unit: "syllables_per_second", value: 2 } }),
        },
        { questionId: "c", delivery: null },
      ],
      "ko",
    )!;
    expect(s.answers.map((a) => a.questionId)).toEqual(["a", "b"]);
    expect(s.averages.rate).toEqual({ unit: "syllables_per_second", value: 5 });
    expect(s.verdicts.rate).toBe("good");
    expect(s.benchmarks.every((b) => b.source.length > 10)).toBe(true);
    expect(summarizeDelivery([{ questionId: "x" }], "en")).toBeUndefined();
  });
});

describe("speechSpans", () => {
  it("opens at the positive threshold, holds through the hysteresis band and drops blips", () => {
    const p = [0, 0.6, 0.4, 0.4, 0.1, 0, 0.9, 0, 0, 0.7, 0.8, 0.9, NaN, 0.2];
    expect(speechSpans(p, 32, { positive: 0.5, negative: 0.35, minSpeechMs: 60 })).toEqual([
      { startMs: 32, endMs: 128 },
      { startMs: 288, endMs: 384 },
    ]);
    expect(speechSpans([0.9, 0.9], 0)).toEqual([]);
    expect(speechSpans([0.9, 0.9, 0.9], 32)).toEqual([{ startMs: 0, endMs: 96 }]);
  });
});

describe("summarizeDelivery with a silent recording", () => {
  it("leaves an answer recorded without a word out of thinking time and loudness", () => {
    const voiced = measureDelivery({ ...base, durationMs: 10_000, speech: [{ startMs: 2000, endMs: 9000 }] });
    const silent = measureDelivery({ ...base, durationMs: 60_000, speech: [] });
    const summary = summarizeDelivery(
      [
        { questionId: "q1", delivery: voiced },
        { questionId: "q2", delivery: silent },
      ],
      "ko",
    );
    expect(summary?.averages.thinkingMs).toBe(2000);
    expect(summary?.verdicts.thinking).toBe("good");
    expect(summary?.answers).toHaveLength(2);
  });
});
