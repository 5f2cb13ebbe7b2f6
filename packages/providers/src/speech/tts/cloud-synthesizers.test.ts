import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { wavFromPcm16 } from "../audio/wav-header";
import { SpeechError } from "../speech-errors";
import { collectAudio, failureOf } from "../testing/collect";
import {
  type FakeHttpServer,
  sendChunks,
  sendJson,
  startFakeHttpServer,
  tonePieces,
} from "../testing/fake-http-server";
import { createSpeechSynthesizer, ttsStatus } from "./create-speech-synthesizer";
import { ttsSettingsSchema } from "./tts-settings";

let server: FakeHttpServer;
beforeAll(async () => {
  server = await startFakeHttpServer((_, res) => sendJson(res, 404, {}));
});
afterAll(() => server.close());

function openAi(env: Record<string, string> = {}) {
  const settings = ttsSettingsSchema.parse({
    TTS_PROVIDER: "openai-compatible",
    TTS_BASE_URL: `${server.origin}/v1`,
    TTS_MODEL: "tts-1",
    TTS_VOICE: "nova",
    TTS_API_KEY: "sk-test",
    TTS_TIMEOUT_MS: "500",
    TTS_CACHE_MB: "0",
    ...env,
  });
  return createSpeechSynthesizer(settings)!;
}

function elevenLabs() {
  const settings = ttsSettingsSchema.parse({
    TTS_PROVIDER: "elevenlabs",
    TTS_BASE_URL: `${server.origin}/v1`,
    TTS_VOICE: "voice-123",
    TTS_API_KEY: "xi-test",
    TTS_CACHE_MB: "0",
  });
  return createSpeechSynthesizer(settings)!;
}

async function failure(run: () => Promise<unknown>): Promise<SpeechError> {
  const error = await failureOf(run);
  expect(error).toBeInstanceOf(SpeechError);
  return error as SpeechError;
}

describe("OpenAI-compatible /audio/speech", () => {
  it("streams pcm as whole-sample chunks and sends the request OpenAI expects", async () => {
    const { pcm, pieces } = tonePieces(500, 24_000, 9);
    server.answer((_, res) => sendChunks(res, pieces));
    const tts = openAi();
    const { chunks, bytes } = await collectAudio(tts.synthesize("안녕하세요.", { language: "ko" }));
    expect(tts.format).toEqual({ format: "pcm16", sampleRate: 24_000 });
    expect(bytes).toEqual(pcm);
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.every((chunk) => chunk.byteLength % 2 === 0)).toBe(true);
    const request = server.requests.at(-1)!;
    expect(request.url).toBe("/v1/audio/speech");
    expect(request.headers.authorization).toBe("Bearer sk-test");
    expect(JSON.parse(request.body.toString())).toEqual({
      model: "tts-1",
      voice: "nova",
      input: "안녕하세요.",
      response_format: "pcm",
    });
    expect(tts.status()).toMatchObject({ enabled: true, provider: "openai-compatible" });
    expect(tts.status().detail).not.toContain("sk-test");
  });

  it("reads a streamed WAV with an open data length", async () => {
    const { pcm } = tonePieces(300, 22_050, 1);
    const wav = wavFromPcm16(pcm, 22_050);
    new DataView(wav.buffer).setUint32(40, 0xffffffff, true);
    server.answer((_, res) =>
      sendChunks(res, [wav.subarray(0, 20), wav.subarray(20, 501), wav.subarray(501)]),
    );
    const tts = openAi({ TTS_RESPONSE_FORMAT: "wav", TTS_SAMPLE_RATE: "22050" });
    expect((await collectAudio(tts.synthesize("Hi.", { language: "en" }))).bytes).toEqual(pcm);
    expect(JSON.parse(server.requests.at(-1)!.body.toString())).toMatchObject({ response_format: "wav" });
  });

  it.each([
    [401, "unauthorized"],
    [404, "rejected"],
    [429, "rate_limited"],
    [500, "server_error"],
  ] as const)("maps HTTP %i to %s, with the server's message", async (status, kind) => {
    server.answer((_, res) => sendJson(res, status, { error: { message: `failure ${status}` } }));
    const tts = openAi();
    const error = await failure(() => collectAudio(tts.synthesize("Hi.", { language: "en" })));
    expect(error).toMatchObject({ kind, status });
    expect(error.message).toContain(`failure ${status}`);
    expect(tts.status()).toMatchObject({ enabled: true, degraded: true });
  });

  it("reports a stream cut mid-way as stream_interrupted, after the audio that came", async () => {
    const { pieces } = tonePieces(500, 24_000, 6);
    server.answer((_, res) => sendChunks(res, pieces, { cutAfter: 3 }));
    const received: Uint8Array[] = [];
    const error = await failure(async () => {
      for await (const chunk of openAi().synthesize("Hi.", { language: "en" })) received.push(chunk);
    });
    expect(error.kind).toBe("stream_interrupted");
    expect(received.length).toBeGreaterThan(0);
  });

  it("times out a server that does not answer, and stops on abort", async () => {
    server.answer(() => {}); // never answers
    const slow = await failure(() => collectAudio(openAi().synthesize("Hi.", { language: "en" })));
    expect(slow.kind).toBe("timeout");
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const tts = openAi({ TTS_TIMEOUT_MS: "5000" });
    const aborted = await failure(() =>
      collectAudio(tts.synthesize("Hi.", { language: "en", signal: controller.signal })),
    );
    expect(aborted.kind).toBe("aborted");
    expect(tts.status().degraded).toBeUndefined(); // a barge-in is not a failure
  });

  it("calls an engine that is down unavailable", async () => {
    const down = openAi({ TTS_BASE_URL: "http://127.0.0.1:9/v1" });
    expect((await failure(() => collectAudio(down.synthesize("Hi.", { language: "en" })))).kind).toBe(
      "unavailable",
    );
  });
});

describe("ElevenLabs streaming", () => {
  it("asks for PCM at 16 kHz with the key header and streams it", async () => {
    const { pcm, pieces } = tonePieces(400, 16_000, 5);
    server.answer((_, res) => sendChunks(res, pieces));
    const tts = elevenLabs();
    const { bytes } = await collectAudio(tts.synthesize("자기소개를 부탁드립니다.", { language: "ko" }));
    expect(bytes).toEqual(pcm);
    expect(tts.format).toEqual({ format: "pcm16", sampleRate: 16_000 });
    const request = server.requests.at(-1)!;
    expect(request.url).toBe("/v1/text-to-speech/voice-123/stream?output_format=pcm_16000");
    expect(request.headers["xi-api-key"]).toBe("xi-test");
    expect(JSON.parse(request.body.toString())).toEqual({
      text: "자기소개를 부탁드립니다.",
      model_id: "eleven_flash_v2_5",
      language_code: "ko",
    });
  });

  it("maps a refused key and a cut stream to typed errors", async () => {
    server.answer((_, res) => sendJson(res, 401, { detail: { status: "invalid_api_key" } }));
    const refused = await failure(() => collectAudio(elevenLabs().synthesize("Hi.", { language: "en" })));
    expect(refused).toMatchObject({ kind: "unauthorized", status: 401 });
    expect(refused.message).toContain("invalid_api_key");
    const { pieces } = tonePieces(400, 16_000, 5);
    server.answer((_, res) => sendChunks(res, pieces, { cutAfter: 2 }));
    const cut = await failure(() => collectAudio(elevenLabs().synthesize("Hi.", { language: "en" })));
    expect(cut.kind).toBe("stream_interrupted");
  });
});

describe("createSpeechSynthesizer", () => {
  it("gives null for the browser, and status says why", () => {
    const browser = ttsSettingsSchema.parse({ TTS_PROVIDER: "browser" });
    expect(createSpeechSynthesizer(browser)).toBeNull();
    expect(ttsStatus(browser, null)).toMatchObject({ enabled: false, provider: "browser" });
    const espeak = ttsSettingsSchema.parse({});
    const missing = { espeakBinary: "/nonexistent/espeak-ng" };
    expect(createSpeechSynthesizer(espeak, missing)).toBeNull();
    expect(ttsStatus(espeak, null, missing).detail).toContain(
      "espeak-ng is not installed (apt install espeak-ng)",
    );
  });

  it("defaults to espeak-ng behind the cache, and checks required settings", () => {
    const tts = createSpeechSynthesizer(ttsSettingsSchema.parse({}))!;
    expect(tts.name).toBe("espeak-ng");
    expect(tts.constructor.name).toBe("CachedSynthesizer");
    expect(ttsStatus(ttsSettingsSchema.parse({}), tts)).toMatchObject({
      enabled: true,
      provider: "espeak-ng",
    });
    expect(() => createSpeechSynthesizer(ttsSettingsSchema.parse({ TTS_PROVIDER: "elevenlabs" }))).toThrow(
      /TTS_API_KEY/,
    );
    const noVoice = ttsSettingsSchema.parse({ TTS_PROVIDER: "elevenlabs", TTS_API_KEY: "k" });
    expect(() => createSpeechSynthesizer(noVoice)).toThrow(/TTS_VOICE/);
    const badRate = ttsSettingsSchema.parse({ ...noVoice, TTS_VOICE: "v", TTS_SAMPLE_RATE: "12345" });
    expect(() => createSpeechSynthesizer(badRate)).toThrow(/TTS_SAMPLE_RATE/);
  });
});
