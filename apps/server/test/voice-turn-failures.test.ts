import type { ServerResponse } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type FakeHttpServer,
  type ReceivedRequest,
  sendJson,
  startFakeHttpServer,
  tonePieces,
} from "../../../packages/providers/src/speech/testing/fake-http-server";
import {
  concatBytes,
  silencePcm16,
  spokenPcm16k,
} from "../../../packages/providers/src/speech/testing/spoken-audio";
import { STRONG_KO_INTRO } from "./dev-answers";
import { whisperSettings } from "./fake-whisper";
import { SocketClient } from "./socket-client";
import { Client, startTestServer, type TestServer } from "./test-server";

/** How the local speech server answers: a real HTTP server on loopback that fails as told. */
const speech = { tts: "fail" as "fail" | "slow", stt: "fail" as "fail" | "nul" | "ok" };

async function answerSpeech(request: ReceivedRequest, response: ServerResponse): Promise<void> {
  if (request.url.endsWith("/audio/speech")) {
    if (speech.tts === "fail") return sendJson(response, 500, { error: { message: "engine crashed" } });
    // Four seconds of tone at 24 kHz, a tenth of a second every tenth of a second: still speaking later.
    const { pieces } = tonePieces(4000, 24_000, 40);
    response.writeHead(200, { "content-type": "application/octet-stream" });
    for (const piece of pieces) {
      if (response.destroyed) return;
      response.write(piece);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    response.end();
    return;
  }
  if (speech.stt === "fail") return sendJson(response, 503, { error: { message: "overloaded" } });
  // PostgreSQL refuses NUL in text: a transcript holding one fails when stored.
  const text = speech.stt === "nul" ? "저는 \u0000 백엔드 개발자입니다" : STRONG_KO_INTRO;
  sendJson(response, 200, { text });
}

describe("a voice turn that fails at any stage ends as an error message and the interview goes on", () => {
  let engine: FakeHttpServer;
  let server: TestServer;
  let client: Client;
  const open = async () => {
    const created = await client.request("POST", "/api/sessions", { language: "ko", questionCount: 3 });
    const url = `${server.url.replace("http", "ws")}/ws/interview/${created.body.id}`;
    return { created: created.body, socket: await SocketClient.connect(url, client.token) };
  };
  const speak = async (socket: SocketClient) => {
    const audio = concatBytes([await spokenPcm16k("저는 백엔드 개발자입니다", "ko"), silencePcm16(300)]);
    for (let at = 0; at < audio.length; at += 3200) socket.socket.send(audio.subarray(at, at + 3200));
    socket.send({ type: "audio_end" });
  };
  const healthy = async () => (await fetch(`${server.url}/health`)).status;

  beforeAll(async () => {
    engine = await startFakeHttpServer(answerSpeech);
    server = await startTestServer({
      TTS_PROVIDER: "openai-compatible",
      TTS_BASE_URL: `${engine.origin}/v1`,
      TTS_API_KEY: "test-key",
      TTS_CACHE_MB: "0",
      ...whisperSettings(engine.origin),
      STT_API_KEY: "test-key",
    });
    client = new Client(server.url);
    await client.signUp();
  }, 180_000);
  afterAll(async () => {
    await server?.close({ removeData: true });
    await engine?.close();
  });

  it("a voice engine that fails: the question is still announced, TTS_FAILED, and answers go on", async () => {
    speech.tts = "fail";
    const { created, socket } = await open();
    const question = await socket.next("question", 0);
    expect(question.question).toMatchObject({ id: created.question.id, index: 0, total: 3, followUp: false });
    expect((await socket.next("error", 0)).code).toBe("TTS_FAILED");
    await waitForState(socket, "listening");

    const mark = socket.messages.length;
    socket.send({ type: "answer_text", text: STRONG_KO_INTRO, durationMs: 40_000 });
    expect((await socket.next("agent_state", mark)).state).toBe("thinking");
    expect((await socket.next("evaluation", mark)).questionId).toBe(created.question.id);
    const next = await socket.next("question", mark);
    expect(next.question.id).not.toBe(created.question.id);
    expect((await socket.next("error", mark)).code).toBe("TTS_FAILED");
    expect(await healthy()).toBe(200);
    socket.close();
  });

  it("a speech recognizer that fails: STT_FAILED, then a typed answer is taken", async () => {
    speech.tts = "fail";
    speech.stt = "fail";
    const { created, socket } = await open();
    await socket.next("question", 0);
    const mark = socket.messages.length;
    await speak(socket);
    expect((await errorOtherThan(socket, mark, "TTS_FAILED")).code).toBe("STT_FAILED");
    socket.send({ type: "answer_text", text: STRONG_KO_INTRO });
    expect((await socket.next("evaluation", mark)).questionId).toBe(created.question.id);
    expect(await healthy()).toBe(200);
    socket.close();
  });

  it("a transcript the database refuses: TURN_FAILED, the server stays up, the same question goes on", async () => {
    speech.tts = "fail";
    speech.stt = "nul";
    const { created, socket } = await open();
    await socket.next("question", 0);
    const mark = socket.messages.length;
    await speak(socket);
    await socket.next("user_transcript", mark, 20_000);
    expect((await errorOtherThan(socket, mark, "TTS_FAILED")).code).toBe("TURN_FAILED");
    expect(await healthy()).toBe(200);
    speech.stt = "ok";
    const retry = socket.messages.length;
    await speak(socket);
    expect((await socket.next("evaluation", retry, 20_000)).questionId).toBe(created.question.id);
    const detail = await client.request("GET", `/api/sessions/${created.id}`);
    expect(detail.body.answers).toHaveLength(1);
    socket.close();
  });

  it("barge-in: the voice stops, the interviewer listens, and the heard time is kept with the answer", async () => {
    speech.tts = "slow";
    const { created, socket } = await open();
    await socket.next("ai_audio_chunk", 0);
    await waitForState(socket, "speaking");
    const mark = socket.messages.length;
    socket.send({ type: "interrupt", playedMs: 1234 });
    await socket.next("ai_audio_end", mark);
    expect((await socket.next("agent_state", mark)).state).toBe("listening");
    socket.send({ type: "answer_text", text: STRONG_KO_INTRO });
    await socket.next("evaluation", mark);
    const detail = await client.request("GET", `/api/sessions/${created.id}`);
    expect(detail.body.answers[0]).toMatchObject({ questionId: created.question.id, playedMs: 1234 });
    // The next question is being spoken now; answering over it cuts it short too, timed by the server.
    const second = (await socket.next("question", mark)).question;
    await socket.next("ai_audio_chunk", socket.messages.length - 1);
    const mark2 = socket.messages.length;
    socket.send({ type: "answer_text", text: STRONG_KO_INTRO });
    expect((await socket.next("evaluation", mark2)).questionId).toBe(second.id);
    const after = await client.request("GET", `/api/sessions/${created.id}`);
    expect(after.body.answers[1].playedMs).toBeGreaterThan(0);
    expect(after.body.answers[1].playedMs).toBeLessThan(60_000);
    socket.close();
  });
});

async function waitForState(socket: SocketClient, state: string): Promise<void> {
  for (let from = 0; ; ) {
    const message = await socket.next("agent_state", from);
    from = socket.messages.indexOf(message) + 1;
    if (message.state === state) return;
  }
}

async function errorOtherThan(socket: SocketClient, from: number, ignored: string) {
  for (;;) {
    const error = await socket.next("error", from, 20_000);
    from = socket.messages.indexOf(error) + 1;
    if (error.code !== ignored) return error;
  }
}
