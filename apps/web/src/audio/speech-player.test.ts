import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { bytesToBase64 } from "./pcm16";
import { type AudioChunk, SpeechPlayer } from "./speech-player";

/** Just enough of an AudioContext to see what the player schedules, and when. */
class FakeContext {
  currentTime = 0;
  readonly destination = {};
  readonly started: { id: number; at: number; duration: number }[] = [];
  readonly stopped: number[] = [];
  private nextId = 0;
  readonly sources: FakeSource[] = [];

  createGain() {
    return { connect: () => undefined, disconnect: () => undefined };
  }
  createAnalyser() {
    return { fftSize: 0, smoothingTimeConstant: 0, connect: () => undefined, disconnect: () => undefined };
  }
  createBuffer(_channels: number, length: number, sampleRate: number) {
    return { duration: length / sampleRate, copyToChannel: () => undefined };
  }
  createBufferSource() {
    const source = new FakeSource(this, this.nextId++);
    this.sources.push(source);
    return source;
  }
}

class FakeSource {
  buffer: { duration: number } | null = null;
  onended: (() => void) | null = null;
  constructor(
    private readonly context: FakeContext,
    readonly id: number,
  ) {}
  connect() {}
  disconnect() {}
  start(at: number) {
    this.context.started.push({ id: this.id, at, duration: this.buffer?.duration ?? 0 });
  }
  stop() {
    this.context.stopped.push(this.id);
  }
}

/** 100 ms of PCM16 at 16 kHz, each chunk filled with its own sample value. */
const chunk = (seq: number): AudioChunk => {
  const bytes = new Uint8Array(3200);
  bytes.fill(seq + 1);
  return { seq, data: bytesToBase64(bytes), format: "pcm16", sampleRate: 16_000 };
};

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("SpeechPlayer", () => {
  let context: FakeContext;
  let speaking: boolean[];
  let player: SpeechPlayer;

  beforeEach(() => {
    context = new FakeContext();
    speaking = [];
    player = new SpeechPlayer(context as unknown as AudioContext, (s) => speaking.push(s));
  });
  afterEach(() => vi.useRealTimers());

  it("schedules chunks back to back on one timeline", async () => {
    for (const seq of [0, 1, 2]) player.push(chunk(seq));
    await settle();
    const starts = context.started.map((s) => s.at);
    expect(starts).toHaveLength(3);
    expect(starts[1]).toBeCloseTo((starts[0] ?? 0) + 0.1, 6);
    expect(starts[2]).toBeCloseTo((starts[0] ?? 0) + 0.2, 6);
    expect(speaking).toEqual([true]);
  });

  it("holds a chunk that arrives early until the missing one comes", async () => {
    player.push(chunk(1));
    await settle();
    expect(context.started).toHaveLength(0);
    player.push(chunk(0));
    await settle();
    expect(context.started).toHaveLength(2);
    // seq 0 first: its source was created first.
    expect(context.sources[0]?.buffer?.duration).toBeCloseTo(0.1);
    expect(context.started[0]?.at).toBeLessThan(context.started[1]?.at ?? 0);
  });

  it("skips a hole that never fills", async () => {
    vi.useFakeTimers();
    player.push(chunk(0));
    player.push(chunk(2));
    await vi.advanceTimersByTimeAsync(10);
    expect(context.started).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(500);
    expect(context.started).toHaveLength(2);
  });

  it("plays what is buffered at ai_audio_end and stops speaking when the last source ends", async () => {
    player.push(chunk(0));
    player.push(chunk(2));
    player.end();
    await settle();
    expect(context.started).toHaveLength(2);
    for (const source of context.sources) source.onended?.();
    await settle();
    expect(speaking).toEqual([true, false]);
  });

  it("accepts the next utterance whether its numbering restarts or runs on", async () => {
    player.push(chunk(0));
    player.push(chunk(1));
    player.end();
    player.push(chunk(2)); // runs on
    player.end();
    player.push(chunk(0)); // restarts
    await settle();
    expect(context.started).toHaveLength(4);
  });

  it("interrupts: stops every source, reports the time heard, drops the rest of the utterance", async () => {
    for (const seq of [0, 1, 2]) player.push(chunk(seq));
    await settle();
    context.currentTime = (context.started[0]?.at ?? 0) + 0.15;
    expect(player.interrupt()).toBe(150);
    expect(context.stopped).toHaveLength(3);
    expect(speaking).toEqual([true, false]);
    player.push(chunk(3));
    await settle();
    expect(context.started).toHaveLength(3);
    player.end();
    player.push(chunk(0));
    await settle();
    expect(context.started).toHaveLength(4);
  });
});
