import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FakeHttpServer } from "../../../packages/providers/src/speech/testing/fake-http-server";
import {
  concatBytes,
  silencePcm16,
  spokenPcm16k,
} from "../../../packages/providers/src/speech/testing/spoken-audio";
import { startFakeWhisper, whisperSettings } from "./fake-whisper";
import { SocketClient } from "./socket-client";
import { Client, startTestServer, type TestServer } from "./test-server";

const TRANSCRIPT = "I reduced the order lookup latency from 2.8 seconds to 0.4 seconds with an index.";
const pcmMs = (pcm: Uint8Array) => (pcm.length / 2 / 16_000) * 1000;

/** espeak-ng pads its speech with silence: cut it, so the silences the test places are the only ones. */
function trimSilence(pcm: Uint8Array): Uint8Array {
  const samples = new Int16Array(pcm.buffer.slice(pcm.byteOffset, pcm.byteOffset + pcm.byteLength));
  const loud = (i: number) => Math.abs(samples[i]!) > 300;
  let start = 0;
  let end = samples.length - 1;
  while (start < end && !loud(start)) start++;
  while (end > start && !loud(end)) end--;
  return pcm.subarray(start * 2, (end + 1) * 2);
}

/** Figures as the browser measures them; the server only stores and reports them. */
const measured = {
  talkMs: 21_000,
  thinkingMs: 1_800,
  pauseCount: 2,
  longestPauseMs: 3_100,
  pauses: [
    { startMs: 6_000, endMs: 9_100 },
    { startMs: 15_000, endMs: 17_200 },
  ],
  rate: { unit: "words_per_minute" as const, value: 132 },
  loudnessVariation: 5.2,
  recordedMs: 28_000,
  fillerCount: 1,
};

describe("an answer's delivery arrives after the answer (the answer never waits for it)", () => {
  let whisper: FakeHttpServer;
  let server: TestServer;
  let alice: Client;
  let bob: Client;
  beforeAll(async () => {
    // Server recognition (a self-hosted Whisper-compatible endpoint on loopback gives the words); long
    // end-of-answer silence so a 2.5 s pause stays inside one answer.
    whisper = await startFakeWhisper(TRANSCRIPT);
    server = await startTestServer({ ...whisperSettings(whisper.origin), STT_END_SILENCE_MS: "3000" });
    alice = new Client(server.url);
    bob = new Client(server.url);
    await alice.signUp("Alice");
    await bob.signUp("Bob");
  }, 300_000);
  afterAll(async () => {
    await server?.close({ removeData: true });
    await whisper?.close();
  });

  const connect = (sessionId: string) =>
    SocketClient.connect(`${server.url.replace("http", "ws")}/ws/interview/${sessionId}`, alice.token);

  it("REST: joins the stored answer, owner only, validated, and shows in the session", async () => {
    const created = await alice.request("POST", "/api/sessions", { language: "en", questionCount: 3 });
    const { id } = created.body;
    const questionId = created.body.question.id as string;
    const path = `/api/sessions/${id}/answers/${encodeURIComponent(questionId)}/delivery`;
    // Before the answer is stored there is nothing to join.
    expect((await alice.request("PUT", path, measured)).status).toBe(404);
    const answered = await alice.request("POST", `/api/sessions/${id}/answers`, {
      questionId,
      text: TRANSCRIPT,
      durationMs: 28_000,
    });
    expect(answered.status).toBe(200);
    expect((await alice.request("PUT", path, measured)).body).toEqual({ questionId, delivery: measured });
    const detail = await alice.request("GET", `/api/sessions/${id}`);
    expect(detail.body.answers[0].delivery).toEqual(measured);

    expect((await bob.request("PUT", path, measured)).status).toBe(404);
    const bad = await alice.request("PUT", path, { ...measured, pauseCount: 1 }); // 2 pauses listed
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBeTypeOf("string");
    const unknown = path.replace(encodeURIComponent(questionId), "no-such-question");
    expect((await alice.request("PUT", unknown, measured)).status).toBe(404);
  });

  it("socket: the answer is evaluated first, then answer_delivery is stored and acknowledged", async () => {
    const created = await alice.request("POST", "/api/sessions", { language: "en", questionCount: 3 });
    const socket = await connect(created.body.id);
    await socket.next("session_state", 0);
    const mark = socket.messages.length;
    socket.send({ type: "answer_text", text: TRANSCRIPT, durationMs: 28_000 });
    socket.send({ type: "answer_delivery", questionId: created.body.question.id, delivery: measured });
    const evaluation = await socket.next("evaluation", mark, 20_000);
    const ack = await socket.next("delivery", mark, 20_000);
    expect(socket.messages.indexOf(evaluation)).toBeLessThan(socket.messages.indexOf(ack));
    expect(ack).toMatchObject({ questionId: created.body.question.id, delivery: measured });
    const detail = await alice.request("GET", `/api/sessions/${created.body.id}`);
    expect(detail.body.answers[0].delivery).toEqual(measured);
    socket.close();
  });

  it("a delivery arriving after the report was built is in the report once rebuilt", async () => {
    const created = await alice.request("POST", "/api/sessions", { language: "en", questionCount: 3 });
    const { id } = created.body;
    const questionId = created.body.question.id as string;
    await alice.request("POST", `/api/sessions/${id}/answers`, {
      questionId,
      text: TRANSCRIPT,
      durationMs: 28_000,
    });
    expect((await alice.request("POST", `/api/sessions/${id}/end`)).status).toBe(200);
    await expect
      .poll(async () => (await alice.request("GET", `/api/sessions/${id}/report`)).status, {
        timeout: 30_000,
      })
      .toBe(200);
    const before = await alice.request("GET", `/api/sessions/${id}/report`);
    expect(before.body.speech?.delivery).toBeUndefined();
    const path = `/api/sessions/${id}/answers/${encodeURIComponent(questionId)}/delivery`;
    expect((await alice.request("PUT", path, measured)).status).toBe(200);
    await expect
      .poll(async () => (await alice.request("GET", `/api/sessions/${id}/report`)).body.speech?.delivery, {
        timeout: 30_000,
      })
      .toMatchObject({ answers: [{ questionId, delivery: measured }] });
  }, 120_000);

  it("an answer heard on the server carries delivery measured from its audio, pauses where they are", async () => {
    const created = await alice.request("POST", "/api/sessions", { language: "en", questionCount: 3 });
    const socket = await connect(created.body.id);
    expect((await socket.next("session_state", 0)).stt).toBe("server");
    await socket.next("ai_audio_end", 0, 30_000);
    const first = trimSilence(await spokenPcm16k("I led the migration of our payment service", "en"));
    const second = trimSilence(await spokenPcm16k("and cut its latency by half", "en"));
    const audio = concatBytes([silencePcm16(1200), first, silencePcm16(2500), second, silencePcm16(3600)]);
    const mark = socket.messages.length;
    for (let offset = 0; offset < audio.length; offset += 3200) {
      socket.socket.send(audio.subarray(offset, offset + 3200));
    }
    const evaluation = await socket.next("evaluation", mark, 30_000);
    const { delivery } = await socket.next("delivery", mark, 30_000);
    expect(socket.messages.indexOf(evaluation)).toBeLessThan(
      socket.messages.findIndex((m, i) => i >= mark && m.type === "delivery"),
    );
    // Silences placed exactly (espeak-ng's own padding trimmed); 300 ms of slack, as the issue allows.
    expect(Math.abs(delivery.thinkingMs - 1200)).toBeLessThan(300);
    expect(delivery.pauseCount).toBe(1);
    const pauseStart = 1200 + pcmMs(first);
    expect(Math.abs(delivery.pauses[0]!.startMs - pauseStart)).toBeLessThan(300);
    expect(Math.abs(delivery.pauses[0]!.endMs - (pauseStart + 2500))).toBeLessThan(300);
    expect(Math.abs(delivery.talkMs - (pcmMs(first) + pcmMs(second)))).toBeLessThan(600);
    expect(delivery.rate.unit).toBe("words_per_minute");
    expect(delivery.rate.value).toBeGreaterThan(0);
    const detail = await alice.request("GET", `/api/sessions/${created.body.id}`);
    expect(detail.body.answers[0]).toMatchObject({ text: TRANSCRIPT, delivery });
    socket.close();
  }, 120_000);
});
