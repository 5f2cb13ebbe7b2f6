import type { RecognitionHandlers, SpeechRecognizer } from "@studio/providers";
import { describe, expect, it } from "vitest";
import type { Diarizer, SpeakerTurn } from "./diarization";
import { type HeardSpeech, PanelAudio } from "./panel-audio";

const FRAME = 1600; // 0.1 s of 16 kHz samples

/** Half a second of one "voice": every sample holds the voice's level. */
const voice = (level: number) => {
  const pcm = Buffer.alloc(FRAME * 5 * 2);
  for (let i = 0; i < FRAME * 5; i++) pcm.writeInt16LE(level, i * 2);
  return pcm;
};

/**
 * Labels voices the way a diarization engine does within one request: by order of first appearance
 * ("SPEAKER_00" is whoever spoke first in this recording), so labels of separate requests do not compare.
 */
class RelabellingDiarizer implements Diarizer {
  readonly name = "fake";
  requests = 0;
  async diarize(pcm16: Uint8Array): Promise<SpeakerTurn[]> {
    this.requests++;
    const samples = Buffer.from(pcm16);
    const order: number[] = [];
    const turns: SpeakerTurn[] = [];
    for (let frame = 0; frame * FRAME * 2 < samples.length; frame++) {
      const level = samples.readInt16LE(frame * FRAME * 2);
      if (!order.includes(level)) order.push(level);
      const label = `SPEAKER_0${order.indexOf(level)}`;
      const last = turns.at(-1);
      if (last?.label === label) last.end += 0.1;
      else turns.push({ label, start: frame * 0.1, end: frame * 0.1 + 0.1 });
    }
    return turns;
  }
}

/** A recogniser whose every utterance is heard as "clip N". */
function fakeRecognizer(): SpeechRecognizer {
  let n = 0;
  return {
    name: "fake",
    warmUp: async () => undefined,
    status: () => ({ enabled: true, provider: "fake", detail: "" }),
    start(handlers: RecognitionHandlers) {
      return {
        pushAudio: () => undefined,
        end: async () => {
          const text = `clip ${++n}`;
          handlers.onFinal?.(text);
          return text;
        },
        abort: () => undefined,
      };
    },
  };
}

describe("PanelAudio in a shared room with a diarizer", () => {
  it("matches a new clip to earlier utterances in the same voice, whatever labels each request uses", async () => {
    const heard: HeardSpeech[] = [];
    let wake: () => void = () => undefined;
    const diarizer = new RelabellingDiarizer();
    const audio = new PanelAudio(
      fakeRecognizer(),
      diarizer,
      "ko",
      (speech) => {
        heard.push(speech);
        wake();
      },
      () => undefined,
    );
    /** Says one clip and returns what the room heard; the room's utterance id is `u<n>`. */
    const say = async (level: number) => {
      const arrived = new Promise<void>((resolve) => {
        wake = resolve;
      });
      audio.push(voice(level));
      await audio.end();
      await arrived;
      const speech = heard.at(-1) as HeardSpeech;
      if (speech.voice) audio.remember(speech.voice.clip, `u${heard.length}`);
      return speech.voice?.sameAs;
    };
    const ANN = 1000;
    const BEN = 2000;
    expect(await say(ANN)).toEqual([]); // nobody heard before: the tap decides
    expect(await say(BEN)).toEqual([]); // a new voice, although alone it would be "SPEAKER_00" too
    expect(await say(ANN)).toEqual(["u1"]);
    expect(await say(BEN)).toEqual(["u2"]);
    expect(await say(ANN)).toEqual(["u3", "u1"]); // latest first
    expect(heard.map((h) => h.text)).toEqual(["clip 1", "clip 2", "clip 3", "clip 4", "clip 5"]);
    expect(diarizer.requests).toBe(5);
  });

  it("without a diarizer, hears text with no voice", async () => {
    const heard: HeardSpeech[] = [];
    const audio = new PanelAudio(
      fakeRecognizer(),
      null,
      "en",
      (s) => heard.push(s),
      () => undefined,
    );
    audio.push(voice(1000));
    await audio.end();
    expect(heard).toEqual([{ text: "clip 1", voice: null }]);
  });

  it("falls back to no match when the engine fails", async () => {
    const failing: Diarizer = {
      name: "down",
      diarize: async () => {
        throw new Error("engine down");
      },
    };
    const heard: HeardSpeech[] = [];
    let done: () => void = () => undefined;
    const arrived = new Promise<void>((r) => {
      done = r;
    });
    const audio = new PanelAudio(
      fakeRecognizer(),
      failing,
      "ko",
      (s) => {
        heard.push(s);
        done();
      },
      () => undefined,
    );
    audio.push(voice(1000));
    await audio.end();
    await arrived;
    expect(heard[0]?.voice?.sameAs).toEqual([]);
  });
});
