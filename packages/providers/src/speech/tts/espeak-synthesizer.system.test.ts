import { setTimeout as sleep } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { SpeechError } from "../speech-errors";
import { childProcessesNamed } from "../testing/child-processes";
import { collectAudio, failureOf } from "../testing/collect";
import { rmsPcm16 } from "../testing/spoken-audio";
import { ESPEAK_MISSING } from "./espeak-probe";
import { ESPEAK_SAMPLE_RATE, EspeakSynthesizer } from "./espeak-synthesizer";

const seconds = (bytes: Uint8Array) => bytes.byteLength / 2 / ESPEAK_SAMPLE_RATE;
const LONG_TEXT = "지금부터 아주 긴 문장을 읽겠습니다. ".repeat(40);

describe("EspeakSynthesizer (real espeak-ng)", () => {
  const espeak = new EspeakSynthesizer();

  it.each([
    ["ko", "안녕하세요. 자기소개를 부탁드립니다."],
    ["en", "Hello. Please introduce yourself."],
  ] as const)("speaks %s as PCM16 at 22050 Hz of plausible length, not silent", async (language, text) => {
    const { chunks, bytes } = await collectAudio(espeak.synthesize(text, { language }));
    expect(espeak.format).toEqual({ format: "pcm16", sampleRate: 22_050 });
    expect(chunks.every((chunk) => chunk.byteLength % 2 === 0 && chunk.byteLength > 0)).toBe(true);
    expect(seconds(bytes)).toBeGreaterThan(1);
    expect(seconds(bytes)).toBeLessThan(6);
    expect(rmsPcm16(bytes)).toBeGreaterThan(0.02);
    // The WAV header never leaks into the audio.
    expect(Buffer.from(bytes.subarray(0, 4)).toString("latin1")).not.toBe("RIFF");
  });

  it("reads text starting with a dash as text, not as an option", async () => {
    const { bytes } = await collectAudio(espeak.synthesize("-v en --help", { language: "en" }));
    expect(seconds(bytes)).toBeGreaterThan(0.5);
  });

  it("kills espeak-ng on abort and ends with an aborted SpeechError", async () => {
    const controller = new AbortController();
    const stream = espeak.synthesize(LONG_TEXT, { language: "ko", signal: controller.signal });
    const running: number[][] = [];
    const error = await failureOf(async () => {
      for await (const _ of stream) {
        running.push(childProcessesNamed("espeak-ng"));
        controller.abort();
      }
    });
    expect(running).toHaveLength(1); // no chunk after the abort, though more had been read
    expect(running[0]).toHaveLength(1);
    expect(error).toBeInstanceOf(SpeechError);
    expect((error as SpeechError).kind).toBe("aborted");
    await sleep(20);
    expect(childProcessesNamed("espeak-ng")).toEqual([]);
  });

  it("kills espeak-ng when the consumer stops reading", async () => {
    for await (const _ of espeak.synthesize(LONG_TEXT, { language: "ko" })) break;
    await sleep(20);
    expect(childProcessesNamed("espeak-ng")).toEqual([]);
  });

  it("says nothing, without a process, for text with nothing to say", async () => {
    expect((await collectAudio(espeak.synthesize(" ... ", { language: "ko" }))).chunks).toEqual([]);
    expect(childProcessesNamed("espeak-ng")).toEqual([]);
  });

  it("does not start when already aborted", async () => {
    const error = await failureOf(() =>
      collectAudio(espeak.synthesize("안녕하세요.", { language: "ko", signal: AbortSignal.abort() })),
    );
    expect((error as SpeechError).kind).toBe("aborted");
    expect(childProcessesNamed("espeak-ng")).toEqual([]);
  });

  it("reports its version, or that it is missing", async () => {
    expect(espeak.status()).toMatchObject({ enabled: true, provider: "espeak-ng" });
    expect(espeak.status().detail).toMatch(/^espeak-ng \d+\.\d+/);
    const missing = new EspeakSynthesizer({ binary: "/nonexistent/espeak-ng" });
    expect(missing.status()).toEqual({ enabled: false, provider: "espeak-ng", detail: ESPEAK_MISSING });
    const error = await failureOf(() => collectAudio(missing.synthesize("hello", { language: "en" })));
    expect(error).toMatchObject({ name: "SpeechError", kind: "unavailable" });
  });
});
