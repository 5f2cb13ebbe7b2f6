import { beforeAll, describe, expect, it } from "vitest";
import { audioPieces, concatBytes, noisePcm16, silencePcm16, spokenPcm16k } from "../testing/spoken-audio";
import { loadSileroModel } from "./silero-vad";
import type { EndpointEvent } from "./speech-endpointer";
import { VoiceActivity } from "./voice-activity";

async function listen(pcm: Uint8Array, endSilenceMs = 700) {
  const events: { event: EndpointEvent; atMs: number }[] = [];
  let pushedMs = 0;
  const vad = new VoiceActivity({ endSilenceMs, onEvent: (event) => events.push({ event, atMs: pushedMs }) });
  for (const piece of audioPieces(pcm, 100)) {
    vad.push(piece);
    pushedMs += piece.byteLength / 32;
    await vad.settled(); // in step with the audio, as if it arrived in real time
  }
  return { events, verdict: await vad.settled() };
}

describe("VoiceActivity (Silero VAD v5 on espeak-ng speech)", () => {
  beforeAll(() => loadSileroModel(), 20_000);

  it.each([
    ["ko", "안녕하세요. 저는 백엔드 개발자로 삼 년 동안 일했습니다."],
    ["en", "Hello. I have worked as a backend developer for three years."],
  ] as const)("hears %s speech start and end, 700 ms after it stops", async (language, text) => {
    const speech = await spokenPcm16k(text, language);
    const speechMs = speech.byteLength / 32;
    const pcm = concatBytes([silencePcm16(1000), speech, silencePcm16(1500)]);
    const { events, verdict } = await listen(pcm);
    expect(events.map((e) => e.event)).toEqual(["speech_start", "speech_end"]);
    expect(verdict.kind).toBe("speech");
    if (verdict.kind !== "speech") return;
    expect(verdict.startMs).toBeGreaterThan(800);
    expect(verdict.startMs).toBeLessThan(1300);
    expect(verdict.endMs!).toBeGreaterThan(1000 + speechMs - 500);
    expect(verdict.endMs!).toBeLessThan(1000 + speechMs + 300);
    // Reported once 700 ms of silence followed (audio arrives in 100 ms pieces).
    const endAt = events[1]!.atMs;
    expect(endAt - verdict.endMs!).toBeGreaterThanOrEqual(700);
    expect(endAt - verdict.endMs!).toBeLessThan(1000);
  });

  it("hears no speech in silence or in steady noise", async () => {
    expect((await listen(silencePcm16(3000))).verdict).toEqual({ kind: "silence" });
    const noise = await listen(noisePcm16(3000, 0.1));
    expect(noise.events).toEqual([]);
    expect(noise.verdict).toEqual({ kind: "silence" });
  });

  it("keeps separate state per stream", async () => {
    const speech = concatBytes([
      silencePcm16(500),
      await spokenPcm16k("Good morning.", "en"),
      silencePcm16(1000),
    ]);
    const [a, b] = await Promise.all([listen(speech), listen(silencePcm16(2500))]);
    expect(a.verdict.kind).toBe("speech");
    expect(b.verdict.kind).toBe("silence");
  });
});
