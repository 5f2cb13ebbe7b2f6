import { describe, expect, it } from "vitest";
import type { SpeechError } from "../speech-errors";
import { failureOf } from "../testing/collect";
import { pcmFromWavStream } from "./pcm-from-wav-stream";
import { pcm16Chunks } from "./pcm16-chunks";
import { wavFromPcm16, wavHeader } from "./wav-header";

async function* pieces(bytes: Uint8Array, sizes: number[]): AsyncGenerator<Uint8Array> {
  let at = 0;
  for (let i = 0; at < bytes.byteLength; i++) {
    const size = sizes[i % sizes.length]!;
    yield bytes.subarray(at, at + size);
    at += size;
  }
}

async function bytesOf(stream: AsyncIterable<Uint8Array>): Promise<Uint8Array> {
  const out: Uint8Array[] = [];
  for await (const chunk of stream) out.push(chunk);
  return new Uint8Array(Buffer.concat(out));
}

const pcm = new Uint8Array(Array.from({ length: 1000 }, (_, i) => (i * 7) % 256));

function withDataLength(wav: Uint8Array, size: number): Uint8Array {
  const copy = new Uint8Array(wav);
  new DataView(copy.buffer).setUint32(40, size, true);
  return copy;
}

describe("pcmFromWavStream", () => {
  it("strips a header split across pieces", async () => {
    const wav = wavFromPcm16(pcm, 22_050);
    expect(await bytesOf(pcmFromWavStream(pieces(wav, [3, 10, 1, 50]), 22_050))).toEqual(pcm);
  });

  it.each([0xffffffff, 0x7ffff000, 0])(
    "streams to the end when the data length is open (%s)",
    async (size) => {
      const wav = withDataLength(wavFromPcm16(pcm, 16_000), size);
      expect(await bytesOf(pcmFromWavStream(pieces(wav, [37]), 16_000))).toEqual(pcm);
    },
  );

  it("skips other chunks before the data and stops at a known data length", async () => {
    const list = new Uint8Array([...Buffer.from("LIST"), 3, 0, 0, 0, 1, 2, 3, 0]); // odd size, padded
    const header = wavHeader(pcm.byteLength, 24_000);
    const trailing = new Uint8Array([...Buffer.from("id3 "), 2, 0, 0, 0, 9, 9]);
    const wav = Buffer.concat([header.subarray(0, 36), list, header.subarray(36), pcm, trailing]);
    expect(await bytesOf(pcmFromWavStream(pieces(wav, [64]), 24_000))).toEqual(pcm);
  });

  it("rejects another rate, a non-WAV and a stream without audio", async () => {
    const wrongRate = await failureOf(() =>
      bytesOf(pcmFromWavStream(pieces(wavFromPcm16(pcm, 8000), [99]), 16_000)),
    );
    expect(wrongRate).toMatchObject({ kind: "invalid_audio" });
    expect((wrongRate as SpeechError).message).toMatch(/8000 Hz; expected 16-bit mono at 16000 Hz/);
    const mp3 = await failureOf(() =>
      bytesOf(pcmFromWavStream(pieces(new Uint8Array(64).fill(0xff), [64]), 16_000)),
    );
    expect(mp3).toMatchObject({ kind: "invalid_audio" });
    const headerOnly = wavHeader(0, 16_000).subarray(0, 30);
    const cut = await failureOf(() => bytesOf(pcmFromWavStream(pieces(headerOnly, [30]), 16_000)));
    expect(cut).toMatchObject({ kind: "invalid_audio" });
  });
});

describe("pcm16Chunks", () => {
  it("re-cuts odd pieces into whole samples of bounded size", async () => {
    const chunks: Uint8Array[] = [];
    for await (const chunk of pcm16Chunks(pieces(pcm, [7, 3, 301]), 64)) chunks.push(chunk);
    expect(chunks.every((chunk) => chunk.byteLength % 2 === 0 && chunk.byteLength <= 64)).toBe(true);
    expect(new Uint8Array(Buffer.concat(chunks))).toEqual(pcm);
  });
});
