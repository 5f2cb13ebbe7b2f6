import { describe, expect, it } from "vitest";
import { collectAudio, failureOf } from "../testing/collect";
import { CachedSynthesizer } from "./cached-synthesizer";
import { EspeakSynthesizer } from "./espeak-synthesizer";
import type { SpeechSynthesizer, SynthesisOptions } from "./speech-synthesizer";

/** Counts the calls that reach the real engine. */
function counting(inner: SpeechSynthesizer): SpeechSynthesizer & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    name: inner.name,
    voice: inner.voice,
    format: inner.format,
    status: () => inner.status(),
    synthesize(text: string, options: SynthesisOptions) {
      calls.push(`${options.language}:${text}`);
      return inner.synthesize(text, options);
    },
  };
}

describe("CachedSynthesizer", () => {
  it("replays a repeated utterance with identical bytes and chunks, without running espeak-ng", async () => {
    const engine = counting(new EspeakSynthesizer());
    const cached = new CachedSynthesizer(engine, 64 * 1024 * 1024);
    const text = "자기소개를 부탁드립니다.";
    const first = await collectAudio(cached.synthesize(text, { language: "ko" }));
    const second = await collectAudio(cached.synthesize(text, { language: "ko" }));
    expect(engine.calls).toEqual([`ko:${text}`]);
    expect(second.bytes).toEqual(first.bytes);
    expect(second.chunks.map((c) => c.byteLength)).toEqual(first.chunks.map((c) => c.byteLength));
    // Another language is another utterance.
    await collectAudio(cached.synthesize(text, { language: "en" }));
    expect(engine.calls).toHaveLength(2);
    expect(cached.stats()).toMatchObject({ entries: 2, hits: 1, misses: 2 });
  });

  it("keeps no partial utterance, and evicts the least recently used by bytes", async () => {
    const engine = counting(new EspeakSynthesizer());
    const text = "Tell me about a project you are proud of.";
    const size = (await collectAudio(new EspeakSynthesizer().synthesize(text, { language: "en" }))).bytes
      .byteLength;
    const cached = new CachedSynthesizer(engine, Math.floor(size * 1.5));
    for await (const _ of cached.synthesize(text, { language: "en" })) break;
    expect(cached.stats().entries).toBe(0);
    await collectAudio(cached.synthesize(text, { language: "en" }));
    await collectAudio(cached.synthesize(`${text} Why?`, { language: "en" }));
    expect(cached.stats().entries).toBe(1); // the first no longer fits beside the second
    await collectAudio(cached.synthesize(text, { language: "en" }));
    expect(engine.calls).toHaveLength(4);
  });

  it("stops a replay on abort", async () => {
    const cached = new CachedSynthesizer(new EspeakSynthesizer(), 1024 * 1024);
    await collectAudio(cached.synthesize("안녕하세요.", { language: "ko" }));
    const error = await failureOf(() =>
      collectAudio(cached.synthesize("안녕하세요.", { language: "ko", signal: AbortSignal.abort() })),
    );
    expect(error).toMatchObject({ kind: "aborted" });
  });
});
