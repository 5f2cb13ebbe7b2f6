import type { ServerMessage } from "@studio/protocol";
import { describe, expect, it } from "vitest";
import type { SocketSender } from "./socket-sender";
import type { SpeechOutput } from "./speech-output";
import { SpeechPlayer } from "./speech-player";

/** A synthesizer that yields `chunks` pieces per sentence, `delayMs` apart, like a slow cloud engine. */
function slowSpeech(chunks: number, delayMs: number): SpeechOutput {
  return {
    format: { format: "pcm16", sampleRate: 16000 },
    async *synthesize(_text, { signal }) {
      for (let i = 0; i < chunks; i++) {
        await new Promise((r) => setTimeout(r, delayMs));
        if (signal?.aborted) return;
        yield new Uint8Array(320).fill(i);
      }
    },
  };
}

function recordingSender() {
  const sent: ServerMessage[] = [];
  const sender = { send: (m: ServerMessage) => sent.push(m) > 0, open: true } as unknown as SocketSender;
  return { sent, sender };
}

describe("SpeechPlayer", () => {
  it("sends every sentence's chunks with seq 0..n in order, then one ai_audio_end", async () => {
    const { sent, sender } = recordingSender();
    const player = new SpeechPlayer(sender, slowSpeech(3, 1), "ko");
    await player.speak("첫 문장입니다. 두 번째 문장입니다.");
    const chunks = sent.filter((m) => m.type === "ai_audio_chunk");
    expect(chunks.map((c) => c.seq)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(sent.at(-1)).toEqual({ type: "ai_audio_end" });
    expect(sent.filter((m) => m.type === "ai_audio_end")).toHaveLength(1);
  });

  it("stops mid-utterance on interrupt: no chunk after ai_audio_end", async () => {
    const { sent, sender } = recordingSender();
    const player = new SpeechPlayer(sender, slowSpeech(20, 10), "en");
    const speaking = player.speak("A long answer that takes a while to say.");
    await new Promise((r) => setTimeout(r, 45));
    player.interrupt();
    await speaking;
    await new Promise((r) => setTimeout(r, 50));
    const endAt = sent.findIndex((m) => m.type === "ai_audio_end");
    const chunks = sent.filter((m) => m.type === "ai_audio_chunk").length;
    expect(chunks).toBeGreaterThan(0);
    expect(chunks).toBeLessThan(20);
    expect(sent.slice(endAt + 1)).toEqual([]);
  });

  it("a new utterance interrupts the one still playing and numbers from 0 again", async () => {
    const { sent, sender } = recordingSender();
    const player = new SpeechPlayer(sender, slowSpeech(5, 5), "en");
    const first = player.speak("First question.");
    await new Promise((r) => setTimeout(r, 12));
    const second = player.speak("Second question.");
    await Promise.all([first, second]);
    const ends = sent.map((m, i) => (m.type === "ai_audio_end" ? i : -1)).filter((i) => i >= 0);
    expect(ends).toHaveLength(2);
    const afterFirstEnd = sent.slice(ends[0]! + 1).filter((m) => m.type === "ai_audio_chunk");
    expect(afterFirstEnd.map((c) => c.seq)).toEqual([0, 1, 2, 3, 4]);
  });
});

describe("SpeechPlayer's spoken-form stage", () => {
  it("gives the engine the spoken form and sends no text of its own", async () => {
    const heard: string[] = [];
    const speech: SpeechOutput = {
      format: { format: "pcm16", sampleRate: 16000 },
      async *synthesize(text) {
        heard.push(text);
        yield new Uint8Array(3200);
      },
    };
    const { sent, sender } = recordingSender();
    const spoken = await new SpeechPlayer(sender, speech, "ko").speak(
      "팀원 3명과 API 응답을 2.8초 줄였습니다.",
    );
    expect(heard).toEqual(["팀원 세 명과 에이피아이 응답을 이 점 팔 초 줄였습니다."]);
    expect(sent.every((m) => m.type === "ai_audio_chunk" || m.type === "ai_audio_end")).toBe(true);
    expect(spoken).toEqual({ audioMs: 100, interrupted: false });
  });
});
