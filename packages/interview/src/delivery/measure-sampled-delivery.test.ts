import { describe, expect, it } from "vitest";
import { measureSampledDelivery } from "./measure-sampled-delivery";

const RATE = 16_000;
const FRAME_MS = 32;

/** Half a second of silence, then a tone for 1.5 s, with the voice probabilities a VAD would give. */
function answer() {
  const samples = new Float32Array(2 * RATE);
  for (let i = RATE / 2; i < samples.length; i++) samples[i] = 0.3 * Math.sin((2 * Math.PI * 220 * i) / RATE);
  const frames = Math.floor(2000 / FRAME_MS);
  const probabilities = Array.from({ length: frames }, (_, f) => (f * FRAME_MS >= 500 ? 0.9 : 0.02));
  return { samples, sampleRate: RATE, probabilities, frameMs: FRAME_MS };
}

describe("measureSampledDelivery", () => {
  it("reads thinking time and talk time from the samples and the voice probabilities", () => {
    const delivery = measureSampledDelivery({
      ...answer(),
      language: "ko",
      transcript: "음 네 설명드리겠습니다",
    });
    expect(delivery.thinkingMs).toBeGreaterThanOrEqual(480);
    expect(delivery.thinkingMs).toBeLessThanOrEqual(544);
    expect(delivery.talkMs).toBeGreaterThanOrEqual(1400);
    expect(delivery.talkMs).toBeLessThanOrEqual(1520);
    expect(delivery.pauseCount).toBe(0);
  });
});
