import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { failureOf } from "../testing/collect";
import { type FakeDeepgramServer, startFakeDeepgram } from "../testing/fake-deepgram-server";
import { recordedHandlers } from "../testing/recorded-handlers";
import { audioPieces, concatBytes, silencePcm16, spokenPcm16k } from "../testing/spoken-audio";
import { createSpeechRecognizer } from "./create-speech-recognizer";
import { listenUrl } from "./deepgram-live";
import { loadSileroModel } from "./silero-vad";
import { sttSettingsSchema } from "./stt-settings";

let deepgram: FakeDeepgramServer;
let speech: Uint8Array;
const FINAL = "안녕하세요. 저는 백엔드 개발자입니다.";

beforeAll(async () => {
  deepgram = await startFakeDeepgram({ apiKey: "dg-test", interim: "안녕하세요", final: FINAL });
  await loadSileroModel();
  speech = await spokenPcm16k(FINAL, "ko");
}, 20_000);
afterAll(() => deepgram.close());

function recognizer(env: Record<string, string> = {}) {
  const settings = sttSettingsSchema.parse({
    STT_PROVIDER: "deepgram",
    STT_BASE_URL: deepgram.baseUrl,
    STT_API_KEY: "dg-test",
    // Roomy for a busy machine; the timeout tests shorten the result wait, never the connection.
    STT_TIMEOUT_MS: "10000",
    ...env,
  });
  return createSpeechRecognizer(settings)!;
}

describe("Deepgram live streaming", () => {
  it("streams audio, reports interim results, and finalizes when the VAD hears the end", async () => {
    deepgram.set({ misbehave: undefined });
    const handlers = recordedHandlers("ko");
    const session = recognizer().start(handlers);
    for (const piece of audioPieces(concatBytes([silencePcm16(500), speech, silencePcm16(1200)]))) {
      session.pushAudio(piece);
      await new Promise((resolve) => setTimeout(resolve, 1)); // let messages interleave with audio
    }
    expect(await handlers.outcome).toEqual({ final: FINAL });
    expect(await session.end()).toBe(FINAL);
    expect(handlers.events).toContain("interim:안녕하세요");
    expect(handlers.events.slice(-2)).toEqual(["speech_end", `final:${FINAL}`]);
    const connection = deepgram.connections.at(-1)!;
    expect(Object.fromEntries(connection.query)).toMatchObject({
      encoding: "linear16",
      sample_rate: "16000",
      language: "ko",
      interim_results: "true",
      model: "nova-2",
    });
    expect(connection.audioBytes).toBeGreaterThan(speech.byteLength);
    expect(connection.messages.map((m) => JSON.parse(m).type)).toContain("CloseStream");
  });

  it("maps a refused key to unauthorized, reported before the answer ends", async () => {
    const handlers = recordedHandlers("en");
    const session = recognizer({ STT_API_KEY: "wrong" }).start(handlers);
    session.pushAudio(silencePcm16(100));
    const outcome = await handlers.outcome;
    expect(outcome).toMatchObject({ error: { kind: "unauthorized", status: 401 } });
    expect((outcome as { error: Error }).error.message).toContain("Invalid credentials");
    expect(await failureOf(() => session.end())).toMatchObject({ kind: "unauthorized" });
  });

  it("maps a dropped connection to stream_interrupted", async () => {
    deepgram.set({ misbehave: "cut" });
    const handlers = recordedHandlers("ko");
    const session = recognizer().start(handlers);
    session.pushAudio(speech.subarray(0, 3200));
    expect(await handlers.outcome).toMatchObject({ error: { kind: "stream_interrupted" } });
    expect(await failureOf(() => session.end())).toMatchObject({ kind: "stream_interrupted" });
  });

  it("times out when no final result comes after CloseStream", async () => {
    deepgram.set({ misbehave: "silent" });
    const session = recognizer({ STT_TIMEOUT_MS: "300" }).start(recordedHandlers("ko"));
    session.pushAudio(speech.subarray(0, 32_000));
    expect(await failureOf(() => session.end())).toMatchObject({ kind: "timeout" });
  });

  it("calls an unreachable service unavailable, and needs a key", async () => {
    const handlers = recordedHandlers("ko");
    recognizer({ STT_BASE_URL: "ws://127.0.0.1:9/v1" }).start(handlers);
    expect(await handlers.outcome).toMatchObject({ error: { kind: "unavailable" } });
    expect(() => createSpeechRecognizer(sttSettingsSchema.parse({ STT_PROVIDER: "deepgram" }))).toThrow(
      /STT_API_KEY/,
    );
  });

  it("builds the listen URL from an https base", () => {
    const url = listenUrl(
      {
        baseUrl: "https://api.deepgram.com/v1",
        model: "nova-2",
        apiKey: "k",
        timeoutMs: 1,
        connectTimeoutMs: 1,
      },
      "en",
    );
    expect(url).toMatch(
      /^wss:\/\/api\.deepgram\.com\/v1\/listen\?model=nova-2&language=en&encoding=linear16/,
    );
  });
});
