import { SpeechError } from "../speech-errors";
import { isStreamingLength, readFmtChunk, type WavFormat } from "./wav-header";

const ascii = (bytes: Uint8Array, at: number) => String.fromCharCode(...bytes.subarray(at, at + 4));
const uint32 = (bytes: Uint8Array, at: number) =>
  new DataView(bytes.buffer, bytes.byteOffset + at, 4).getUint32(0, true);

function checkFormat(format: WavFormat | undefined, sampleRate: number): void {
  if (!format) throw new SpeechError("invalid_audio", "WAV has no fmt chunk before its data");
  if (format.bitsPerSample !== 16 || format.channels !== 1 || format.sampleRate !== sampleRate) {
    throw new SpeechError(
      "invalid_audio",
      `WAV is ${format.bitsPerSample}-bit, ${format.channels} channel(s) at ${format.sampleRate} Hz; ` +
        `expected 16-bit mono at ${sampleRate} Hz`,
    );
  }
}

/**
 * The PCM16 samples of a WAV arriving in pieces: the header is parsed once (it may be split across
 * pieces), then the data chunk streams through as it comes. A data length that a streaming writer
 * left open (espeak-ng's 0x7FFFF000, 0xFFFFFFFF) runs to the end of the stream.
 */
export async function* pcmFromWavStream(
  source: AsyncIterable<Uint8Array>,
  sampleRate: number,
): AsyncGenerator<Uint8Array> {
  let pending: Uint8Array = new Uint8Array(0);
  let format: WavFormat | undefined;
  let riffRead = false;
  let dataLeft: number | undefined;
  for await (const piece of source) {
    if (dataLeft !== undefined) {
      if (dataLeft <= 0) continue; // trailing chunks after the audio
      const audio = piece.subarray(0, Math.min(piece.byteLength, dataLeft));
      dataLeft -= audio.byteLength;
      yield audio;
      continue;
    }
    pending = pending.byteLength ? Buffer.concat([pending, piece]) : piece;
    if (!riffRead) {
      if (pending.byteLength < 12) continue;
      if (ascii(pending, 0) !== "RIFF" || ascii(pending, 8) !== "WAVE") {
        throw new SpeechError("invalid_audio", "the audio is not a WAV stream");
      }
      riffRead = true;
      pending = pending.subarray(12);
    }
    while (dataLeft === undefined && pending.byteLength >= 8) {
      const id = ascii(pending, 0);
      const size = uint32(pending, 4);
      if (id === "data") {
        checkFormat(format, sampleRate);
        dataLeft = isStreamingLength(size) ? Number.POSITIVE_INFINITY : size;
        const audio = pending.subarray(8, 8 + Math.min(pending.byteLength - 8, dataLeft));
        dataLeft -= audio.byteLength;
        if (audio.byteLength) yield audio;
        break;
      }
      const padded = size + (size % 2); // RIFF chunks are word-aligned
      if (pending.byteLength < 8 + padded) break;
      if (id === "fmt ") format = readFmtChunk(pending.subarray(8, 8 + size));
      pending = pending.subarray(8 + padded);
    }
  }
  if (dataLeft === undefined) throw new SpeechError("invalid_audio", "the WAV stream ended before its audio");
}
