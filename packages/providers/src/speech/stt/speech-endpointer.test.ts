import { describe, expect, it } from "vitest";
import { SpeechEndpointer } from "./speech-endpointer";

const FRAME_MS = 32;

function run(probabilities: number[], endSilenceMs = 700) {
  const endpointer = new SpeechEndpointer({ frameMs: FRAME_MS, endSilenceMs, minSpeechMs: 200 });
  const events = probabilities.flatMap((p, frame) => {
    const event = endpointer.push(p);
    return event ? [{ event, frame }] : [];
  });
  return { events, endpointer };
}

const frames = (count: number, probability: number) => Array<number>(count).fill(probability);

describe("SpeechEndpointer", () => {
  it("starts after 200 ms of speech and ends after 700 ms of silence", () => {
    const { events, endpointer } = run([...frames(10, 0.01), ...frames(30, 0.9), ...frames(30, 0.02)]);
    expect(events).toEqual([
      { event: "speech_start", frame: 16 }, // the 7th speech frame (7 × 32 ms ≥ 200 ms)
      { event: "speech_end", frame: 40 + 21 }, // the 22nd silent frame (22 × 32 ms ≥ 700 ms)
    ]);
    expect(endpointer.span).toEqual({ startMs: 10 * FRAME_MS, endMs: 40 * FRAME_MS });
  });

  it("keeps listening through short pauses and uncertain frames", () => {
    const pause = [...frames(15, 0.1), ...frames(10, 0.4)];
    const { events } = run([...frames(20, 0.9), ...pause, ...frames(20, 0.9), ...frames(25, 0)]);
    expect(events.map((e) => e.event)).toEqual(["speech_start", "speech_end"]);
    expect(events[1]!.frame).toBe(65 + 21);
  });

  it("ignores clicks and coughs, and reports nothing for silence", () => {
    const clicks = [...frames(3, 0.95), ...frames(40, 0), ...frames(4, 0.9), ...frames(40, 0)];
    const { events, endpointer } = run(clicks);
    expect(events).toEqual([]);
    expect(endpointer.speechDetected).toBe(false);
    expect(endpointer.span).toBeUndefined();
  });
});
