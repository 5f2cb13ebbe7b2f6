import { PERSONAS } from "@studio/interview";
import type { Language, ServerMessage, SocketQuestion } from "@studio/protocol";
import type { VoiceStyle } from "@studio/providers";
import type { FastifyBaseLogger } from "fastify";
import { describe, expect, it } from "vitest";
import { AgentStateTracker } from "./agent-state";
import { QuestionSpeaker } from "./question-speaker";
import type { SocketSender } from "./socket-sender";
import type { SpeechOutput } from "./speech-output";
import { SpeechPlayer } from "./speech-player";

/** An engine that records the voice each sentence was asked in. */
function recordingSpeech() {
  const voices: (VoiceStyle | undefined)[] = [];
  const speech: SpeechOutput = {
    format: { format: "pcm16", sampleRate: 16000 },
    async *synthesize(_text: string, options: { language: Language; voice?: VoiceStyle }) {
      voices.push(options.voice);
      yield new Uint8Array(320);
    },
  };
  return { speech, voices };
}

const sender = { send: (_m: ServerMessage) => true, open: true } as unknown as SocketSender;
const log = { warn() {}, error() {} } as unknown as FastifyBaseLogger;
const question = (persona?: SocketQuestion["persona"]): SocketQuestion => ({
  id: "q1",
  category: "technical",
  text: "인덱스는 언제 쓰나요?",
  index: 0,
  total: 3,
  followUp: false,
  ...(persona ? { persona } : {}),
});

describe("each AI interviewer speaks in their own voice", () => {
  it("asks the engine for the persona's voice, and for the default voice without one", async () => {
    const { speech, voices } = recordingSpeech();
    const speaker = new QuestionSpeaker(
      sender,
      new SpeechPlayer(sender, speech, "ko"),
      new AgentStateTracker(sender),
      "ko",
      log,
    );
    await speaker.ask(question("tech_lead"));
    await speaker.ask(question("hr"));
    await speaker.ask(question());
    expect(voices).toEqual([PERSONAS.tech_lead.voice, PERSONAS.hr.voice, undefined]);
    speaker.close();
  });

  it("gives the three personas three different voices", () => {
    const styles = Object.values(PERSONAS).map((p) => JSON.stringify(p.voice));
    expect(new Set(styles).size).toBe(3);
  });
});
