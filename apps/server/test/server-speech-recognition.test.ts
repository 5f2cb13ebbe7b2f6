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

const TRANSCRIPT = "저는 주문 조회 API의 응답 시간을 2.8초에서 0.4초로 줄였습니다.";

describe("server speech recognition in the voice room", () => {
  let whisper: FakeHttpServer;
  let server: TestServer;
  let client: Client;
  beforeAll(async () => {
    // An OpenAI-compatible transcription endpoint (a self-hosted Whisper server) on loopback.
    whisper = await startFakeWhisper(TRANSCRIPT);
    server = await startTestServer({ ...whisperSettings(whisper.origin), STT_API_KEY: "test-key" });
    client = new Client(server.url);
    await client.signUp();
  });
  afterAll(async () => {
    await server.close({ removeData: true });
    await whisper.close();
  });

  it("turns microphone audio into the answer: voice activity ends it, the transcript is scored", async () => {
    const status = await client.request("GET", "/api/status");
    expect(status.body.services.stt).toMatchObject({ enabled: true });
    const created = await client.request("POST", "/api/sessions", { language: "ko", questionCount: 3 });
    const socket = await SocketClient.connect(
      `${server.url.replace("http", "ws")}/ws/interview/${created.body.id}`,
      client.token,
    );
    expect((await socket.next("session_state", 0)).stt).toBe("server");
    await socket.next("ai_audio_end", 0);

    // Half a second of silence, the spoken answer, then silence long enough for the endpointer.
    const audio = concatBytes([
      silencePcm16(500),
      await spokenPcm16k("저는 응답 시간을 줄였습니다", "ko"),
      silencePcm16(1500),
    ]);
    const mark = socket.messages.length;
    for (let offset = 0; offset < audio.length; offset += 3200) {
      // Half as base64 audio_chunk messages, half as binary frames: both are microphone audio.
      const chunk = audio.subarray(offset, offset + 3200);
      if ((offset / 3200) % 2 === 0)
        socket.send({ type: "audio_chunk", data: Buffer.from(chunk).toString("base64") });
      else socket.socket.send(chunk);
    }
    const final = await socket.next("user_transcript", mark, 20_000);
    expect(final.transcript).toBe(TRANSCRIPT);
    const evaluation = await socket.next("evaluation", mark, 20_000);
    expect(evaluation.questionId).toBe(created.body.question.id);
    const detail = await client.request("GET", `/api/sessions/${created.body.id}`);
    expect(detail.body.answers[0].text).toBe(TRANSCRIPT);
    expect(whisper.requests.length).toBe(1);
    socket.close();
  });
});
