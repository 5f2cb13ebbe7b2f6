import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SpeechError } from "../speech-errors";
import { failureOf } from "../testing/collect";
import {
  type FakeHttpServer,
  type ReceivedRequest,
  sendJson,
  startFakeHttpServer,
} from "../testing/fake-http-server";
import { recordedHandlers } from "../testing/recorded-handlers";
import { audioPieces, concatBytes, silencePcm16, spokenPcm16k } from "../testing/spoken-audio";
import { createSpeechRecognizer, sttStatus } from "./create-speech-recognizer";
import { loadSileroModel } from "./silero-vad";
import type { SpeechRecognizer } from "./speech-recognizer";
import { sttSettingsSchema } from "./stt-settings";

let server: FakeHttpServer;
let recognizer: SpeechRecognizer;
let speech: Uint8Array;
const TRANSCRIPT = "안녕하세요. 저는 백엔드 개발자입니다.";

beforeAll(async () => {
  server = await startFakeHttpServer((_, res) => sendJson(res, 200, { text: TRANSCRIPT }));
  const settings = sttSettingsSchema.parse({
    STT_PROVIDER: "openai-compatible",
    STT_BASE_URL: `${server.origin}/v1`,
    STT_MODEL: "whisper-large-v3",
    STT_API_KEY: "sk-stt",
    STT_TIMEOUT_MS: "1000",
  });
  recognizer = createSpeechRecognizer(settings)!;
  await loadSileroModel();
  speech = await spokenPcm16k(TRANSCRIPT, "ko");
}, 20_000);
afterAll(() => server.close());

async function upload(request: ReceivedRequest) {
  const type = request.headers["content-type"]!;
  const form = await new Response(new Uint8Array(request.body), {
    headers: { "content-type": type },
  }).formData();
  const file = form.get("file") as File;
  return { form, wav: new Uint8Array(await file.arrayBuffer()), name: file.name };
}

describe("OpenAI-compatible transcription with Silero endpointing", () => {
  it("ends the answer on 700 ms of silence and uploads the speech as a 16 kHz WAV", async () => {
    const handlers = recordedHandlers("ko");
    const session = recognizer.start(handlers);
    const requestsBefore = server.requests.length;
    for (const piece of audioPieces(concatBytes([silencePcm16(1500), speech, silencePcm16(1200)]))) {
      session.pushAudio(piece);
    }
    expect(await handlers.outcome).toEqual({ final: TRANSCRIPT });
    expect(handlers.events).toEqual(["speech_start", "speech_end", `final:${TRANSCRIPT}`]);
    expect(await session.end()).toBe(TRANSCRIPT); // the same answer, not a second request
    expect(server.requests.length).toBe(requestsBefore + 1);

    const request = server.requests.at(-1)!;
    expect(request.url).toBe("/v1/audio/transcriptions");
    expect(request.headers.authorization).toBe("Bearer sk-stt");
    const { form, wav, name } = await upload(request);
    expect(form.get("model")).toBe("whisper-large-v3");
    expect(form.get("language")).toBe("ko");
    expect(name).toBe("answer.wav");
    const view = new DataView(wav.buffer);
    expect(Buffer.from(wav.subarray(0, 4)).toString()).toBe("RIFF");
    expect(view.getUint32(24, true)).toBe(16_000);
    // The leading silence is trimmed to a short lead-in; the speech is all there.
    const seconds = (wav.byteLength - 44) / 32_000;
    expect(seconds).toBeGreaterThan(speech.byteLength / 32_000);
    expect(seconds).toBeLessThan(speech.byteLength / 32_000 + 1.5);
  });

  it("transcribes on end() while the candidate is still audible", async () => {
    const handlers = recordedHandlers("ko");
    const session = recognizer.start(handlers);
    for (const piece of audioPieces(concatBytes([silencePcm16(300), speech]))) session.pushAudio(piece);
    expect(await session.end()).toBe(TRANSCRIPT);
    // Once the answer is ended, the detector's late events are not reported.
    expect(handlers.events).toEqual([`final:${TRANSCRIPT}`]);
  });

  it("sends nothing for silence: Whisper would invent words", async () => {
    const requestsBefore = server.requests.length;
    const session = recognizer.start(recordedHandlers("en"));
    for (const piece of audioPieces(silencePcm16(2000))) session.pushAudio(piece);
    expect(await session.end()).toBe("");
    expect(server.requests.length).toBe(requestsBefore);
  });

  it("reports a refused key to onError and end()", async () => {
    server.answer((_, res) => sendJson(res, 401, { error: { message: "Incorrect API key provided" } }));
    const handlers = recordedHandlers("en");
    const session = recognizer.start(handlers);
    for (const piece of audioPieces(concatBytes([speech, silencePcm16(1000)]))) session.pushAudio(piece);
    const outcome = await handlers.outcome;
    expect(outcome).toMatchObject({ error: { kind: "unauthorized", status: 401 } });
    expect(await failureOf(() => session.end())).toBe((outcome as { error: SpeechError }).error);
    expect(recognizer.status().detail).not.toContain("sk-stt");
  });

  it("maps a 500 and a broken answer to typed errors", async () => {
    server.answer((_, res) => sendJson(res, 500, { error: "boom" }));
    const session = recognizer.start(recordedHandlers("ko"));
    session.pushAudio(speech);
    expect(await failureOf(() => session.end())).toMatchObject({ kind: "server_error", status: 500 });
    server.answer((_, res) => {
      res.writeHead(200, { "content-type": "application/json", "content-length": "100" });
      res.write('{"text": "안녕', () => res.socket?.destroy());
    });
    const cut = recognizer.start(recordedHandlers("ko"));
    cut.pushAudio(speech);
    expect(await failureOf(() => cut.end())).toMatchObject({ kind: "stream_interrupted" });
  });

  it("aborts quietly: end() rejects with aborted, no handler is called", async () => {
    server.answer(() => {}); // hangs
    const handlers = recordedHandlers("ko");
    const session = recognizer.start(handlers);
    session.pushAudio(speech);
    const ended = session.end();
    setTimeout(() => session.abort(), 50);
    expect(await failureOf(() => ended)).toMatchObject({ kind: "aborted" });
    expect(handlers.events.filter((e) => e.startsWith("final") || e.startsWith("error"))).toEqual([]);
  });

  it("status: enabled with the model, and the browser default when not configured", () => {
    expect(sttStatus(recognizer)).toMatchObject({ enabled: true, provider: "openai-compatible" });
    expect(sttStatus(recognizer).detail).toMatch(/whisper-large-v3 .*700 ms of silence/);
    expect(createSpeechRecognizer(sttSettingsSchema.parse({}))).toBeNull();
    expect(sttStatus(null)).toEqual({
      enabled: false,
      provider: "browser",
      detail: "No STT_PROVIDER set: the browser's speech recognition is used; typed answers always work",
    });
  });
});
