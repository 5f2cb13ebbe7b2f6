/**
 * Cuts a PCM16LE byte stream, arriving in pieces of any size, into frames of `frameSamples`
 * float samples in [-1, 1], as the voice-activity model reads them.
 */
export class Pcm16Framer {
  private pending = new Float32Array(0);
  private oddByte: number | undefined;

  constructor(private readonly frameSamples: number) {}

  push(bytes: Uint8Array): Float32Array[] {
    const samples = this.decode(bytes);
    const all = new Float32Array(this.pending.length + samples.length);
    all.set(this.pending);
    all.set(samples, this.pending.length);
    const frames: Float32Array[] = [];
    let at = 0;
    for (; at + this.frameSamples <= all.length; at += this.frameSamples) {
      frames.push(all.slice(at, at + this.frameSamples));
    }
    this.pending = all.slice(at);
    return frames;
  }

  private decode(piece: Uint8Array): Float32Array {
    let bytes = piece;
    if (this.oddByte !== undefined) {
      bytes = new Uint8Array(piece.byteLength + 1);
      bytes[0] = this.oddByte;
      bytes.set(piece, 1);
      this.oddByte = undefined;
    }
    const count = bytes.byteLength >> 1;
    if (bytes.byteLength % 2) this.oddByte = bytes[bytes.byteLength - 1];
    const view = new DataView(bytes.buffer, bytes.byteOffset, count * 2);
    const samples = new Float32Array(count);
    for (let i = 0; i < count; i++) samples[i] = view.getInt16(i * 2, true) / 32768;
    return samples;
  }
}
