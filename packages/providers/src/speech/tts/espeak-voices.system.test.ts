import { describe, expect, it } from "vitest";
import { collectAudio } from "../testing/collect";
import { EspeakSynthesizer, voiceArgs } from "./espeak-synthesizer";

const TEXT = "팀에서 의견이 갈렸던 경험을 말씀해 주세요.";

describe("espeak-ng speaks in a speaker's own voice (real espeak-ng)", () => {
  const espeak = new EspeakSynthesizer();
  const audio = async (voice?: { variant?: string; pitch?: number; rate?: number }) =>
    Buffer.from(
      (await collectAudio(espeak.synthesize(TEXT, { language: "ko", ...(voice ? { voice } : {}) }))).bytes,
    );

  it("makes different audio for different variants, pitches and rates of the same sentence", async () => {
    const plain = await audio();
    const deep = await audio({ variant: "m7", pitch: 28, rate: 148 });
    const high = await audio({ variant: "f2", pitch: 62, rate: 160 });
    expect(plain.byteLength).toBeGreaterThan(0);
    expect(deep.equals(plain)).toBe(false);
    expect(high.equals(deep)).toBe(false);
    // A slower rate says the same sentence in more samples.
    expect(deep.byteLength).toBeGreaterThan(
      (await audio({ variant: "m7", pitch: 28, rate: 240 })).byteLength,
    );
  });

  it("never passes an unsafe variant or out-of-range numbers to espeak-ng", () => {
    expect(voiceArgs("ko", { variant: "m3 --stdout", pitch: 500, rate: 5 }, 165)).toEqual([
      "-v",
      "ko",
      "-p",
      "99",
      "-s",
      "80",
    ]);
    expect(voiceArgs("en-us", { variant: "f2" }, 165)).toEqual(["-v", "en-us+f2", "-s", "165"]);
    expect(voiceArgs("ko", undefined, 165)).toEqual(["-v", "ko", "-s", "165"]);
  });
});
