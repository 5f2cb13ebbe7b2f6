import type { CreatedPanel } from "@studio/protocol";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type FakeHttpServer,
  startFakeHttpServer,
} from "../../../packages/providers/src/speech/testing/fake-http-server";
import {
  concatBytes,
  silencePcm16,
  spokenPcm16k,
} from "../../../packages/providers/src/speech/testing/spoken-audio";
import { startFakeWhisper, whisperSettings } from "./fake-whisper";
import { PanelSocket } from "./socket-client";
import { Client, startTestServer, type TestServer } from "./test-server";

const FRAME_BYTES = 3200; // 0.1 s of 16 kHz PCM16, also the size of every chunk sent
const STARTUP_MS = 240_000;

/** Pads to whole frames, so that every clip starts on a frame in the recording the diarizer gets. */
const framed = (pcm: Uint8Array) =>
  concatBytes([pcm, new Uint8Array((FRAME_BYTES - (pcm.length % FRAME_BYTES)) % FRAME_BYTES)]);

/**
 * A pyannote-compatible service that tells the two test voices apart by their frames and, like the
 * real engine, numbers voices afresh in every request by order of appearance: "SPEAKER_00" is whoever
 * is heard first in this recording, so the labels of two requests say nothing about each other.
 */
function diarizeLikePyannote(voices: Map<string, string>, wav: Buffer) {
  const pcm = wav.subarray(44);
  const order: string[] = [];
  const segments: { speaker: string; start: number; end: number }[] = [];
  for (let at = 0; at + FRAME_BYTES <= pcm.length; at += FRAME_BYTES) {
    const voice = voices.get(pcm.subarray(at, at + FRAME_BYTES).toString("base64"));
    if (!voice) continue; // silence
    if (!order.includes(voice)) order.push(voice);
    const start = at / (FRAME_BYTES * 10);
    segments.push({ speaker: `SPEAKER_0${order.indexOf(voice)}`, start, end: start + 0.1 });
  }
  return { segments };
}

describe("shared-room panel with server recognition and a diarization engine", () => {
  let whisper: FakeHttpServer;
  let pyannote: FakeHttpServer;
  let server: TestServer;
  const voiceOf = new Map<string, string>();
  const speech: Record<"ann" | "ben", Uint8Array> = { ann: new Uint8Array(), ben: new Uint8Array() };

  beforeAll(async () => {
    speech.ann = framed(await spokenPcm16k("저는 결제 시스템의 주문 조회 성능을 개선했습니다", "ko"));
    speech.ben = framed(await spokenPcm16k("팀 프로젝트에서 일정 관리를 맡아 팀원들과 협업했습니다", "ko"));
    for (const [name, pcm] of Object.entries(speech))
      for (let at = 0; at < pcm.length; at += FRAME_BYTES) {
        const frame = Buffer.from(pcm.subarray(at, at + FRAME_BYTES));
        if (frame.some((b) => b !== 0)) voiceOf.set(frame.toString("base64"), name);
      }
    whisper = await startFakeWhisper("들은 문장");
    pyannote = await startFakeHttpServer((request, response) => {
      response.setHeader("content-type", "application/json");
      response.end(JSON.stringify(diarizeLikePyannote(voiceOf, request.body)));
    });
    server = await startTestServer({
      ...whisperSettings(whisper.origin),
      STT_API_KEY: "test-key",
      DIARIZATION_PROVIDER: "pyannote",
      DIARIZATION_URL: `${pyannote.origin}/diarize`,
      PANEL_EVALUATION_INTERVAL_MS: "60000",
    });
  }, STARTUP_MS);
  afterAll(async () => {
    await server?.close({ removeData: true });
    await whisper?.close();
    await pyannote?.close();
  });

  it("attributes each heard utterance by voice once the engine has heard it, the tap before", async () => {
    const owner = new Client(server.url);
    await owner.signUp("Kim");
    const panel: CreatedPanel = (
      await owner.request("POST", "/api/panels", {
        title: "One microphone",
        language: "ko",
        interviewers: [{ name: "Kim" }],
        candidates: [{ name: "Ann" }, { name: "Ben" }],
        mode: "shared_room",
      })
    ).body;
    const kim = await PanelSocket.connect(`${server.url.replace("http", "ws")}/ws/panel/${panel.id}`, {
      token: owner.token ?? "",
    });
    const state = await kim.next("panel_state");
    expect(state).toMatchObject({ stt: "server", diarization: "pyannote" });

    const speak = async (who: "ann" | "ben") => {
      const from = kim.messages.length;
      const audio = concatBytes([silencePcm16(500), speech[who], silencePcm16(1500)]);
      for (let at = 0; at < audio.length; at += FRAME_BYTES)
        kim.send({
          type: "audio_chunk",
          data: Buffer.from(audio.subarray(at, at + FRAME_BYTES)).toString("base64"),
        });
      kim.send({ type: "audio_end" });
      return kim.next("utterance", () => true, from, 30_000);
    };
    const tap = async (name: string) => {
      const from = kim.messages.length;
      kim.send({ type: "set_speaker", speaker: name });
      await kim.next("speaker_changed", (m) => m.speaker === name && !m.utteranceId, from);
    };

    await tap("Ann");
    expect(await speak("ann")).toMatchObject({ speaker: "Ann", attribution: "tap" });
    // A voice the engine has not heard before goes to whoever is tapped, although alone it is "SPEAKER_00" too.
    await tap("Ben");
    expect(await speak("ben")).toMatchObject({ speaker: "Ben", attribution: "tap" });
    // Known voices now win over the tap (still on Ben).
    expect(await speak("ann")).toMatchObject({ speaker: "Ann", attribution: "diarization" });
    expect(await speak("ben")).toMatchObject({ speaker: "Ben", attribution: "diarization" });
    expect(pyannote.requests.length).toBeGreaterThanOrEqual(4);
    kim.close();
  });
});
