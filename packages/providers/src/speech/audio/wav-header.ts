import { SpeechError } from "../speech-errors";

export interface WavFormat {
  sampleRate: number;
  channels: number;
  bitsPerSample: number;
}

export const WAV_HEADER_BYTES = 44;

/** A canonical 44-byte PCM16 mono header, for uploading an utterance to a transcription endpoint. */
export function wavHeader(dataBytes: number, sampleRate: number): Uint8Array {
  const header = new Uint8Array(WAV_HEADER_BYTES);
  const view = new DataView(header.buffer);
  const ascii = (at: number, text: string) => {
    for (let i = 0; i < text.length; i++) header[at + i] = text.charCodeAt(i);
  };
  ascii(0, "RIFF");
  view.setUint32(4, 36 + dataBytes, true);
  ascii(8, "WAVE");
  ascii(12, "fmt ");
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true); // PCM
  view.setUint16(22, 1, true); // mono
  view.setUint32(24, sampleRate, true);
  view.setUint32(28, sampleRate * 2, true);
  view.setUint16(32, 2, true);
  view.setUint16(34, 16, true);
  ascii(36, "data");
  view.setUint32(40, dataBytes, true);
  return header;
}

export function wavFromPcm16(pcm: Uint8Array, sampleRate: number): Uint8Array<ArrayBuffer> {
  const wav = new Uint8Array(WAV_HEADER_BYTES + pcm.byteLength);
  wav.set(wavHeader(pcm.byteLength, sampleRate));
  wav.set(pcm, WAV_HEADER_BYTES);
  return wav;
}

export function readFmtChunk(chunk: Uint8Array): WavFormat {
  const view = new DataView(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  const audioFormat = view.getUint16(0, true);
  // 0xFFFE is WAVE_FORMAT_EXTENSIBLE; its sub-format is PCM for every engine we talk to.
  if (audioFormat !== 1 && audioFormat !== 0xfffe) {
    throw new SpeechError("invalid_audio", `WAV is not PCM (format tag ${audioFormat})`);
  }
  return {
    channels: view.getUint16(2, true),
    sampleRate: view.getUint32(4, true),
    bitsPerSample: view.getUint16(14, true),
  };
}

/**
 * A data length a streaming writer uses when it does not know the length yet: espeak-ng writes
 * 0x7FFFF000, others 0xFFFFFFFF or 0. Such a chunk runs to the end of the stream.
 */
export function isStreamingLength(size: number): boolean {
  return size === 0 || size >= 0x7ffff000;
}
