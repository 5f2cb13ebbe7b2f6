import { Readable } from "node:stream";
import { constants, createInflate } from "node:zlib";

/** A decoding stage: chunks in, chunks out, pulled one at a time so nothing piles up in memory. */
export type Stage = (input: AsyncIterable<Buffer>) => AsyncIterable<Buffer>;

const OUT_CHUNK = 64 * 1024;

/** Collects output bytes and hands them on in chunks of OUT_CHUNK. */
class Out {
  private buffer = Buffer.allocUnsafe(OUT_CHUNK);
  private length = 0;
  readonly ready: Buffer[] = [];
  push(byte: number): void {
    this.buffer[this.length++] = byte;
    if (this.length === OUT_CHUNK) this.flush();
  }
  flush(): void {
    if (this.length === 0) return;
    this.ready.push(Buffer.from(this.buffer.subarray(0, this.length)));
    this.length = 0;
  }
}

/** Runs a byte-at-a-time decoder over the input, yielding what it produced after each input chunk. */
function byteStage(decoder: (byte: number, out: Out) => boolean): Stage {
  return async function* (input) {
    const out = new Out();
    for await (const chunk of input) {
      for (const byte of chunk) {
        if (!decoder(byte, out)) {
          out.flush();
          yield* out.ready.splice(0);
          return;
        }
        if (out.ready.length) yield* out.ready.splice(0);
      }
    }
    out.flush();
    yield* out.ready.splice(0);
  };
}

const isSpace = (b: number) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09 || b === 0x0c || b === 0;

// Hex digit values by byte, -1 for anything else.
const HEX = new Int8Array(256).fill(-1);
for (const [i, c] of [..."0123456789abcdef"].entries())
  HEX[c.charCodeAt(0)] = HEX[c.toUpperCase().charCodeAt(0)] = i;

function asciiHex(): Stage {
  let high = -1;
  return byteStage((byte, out) => {
    if (byte === 0x3e) return false; // '>' ends the data
    if (isSpace(byte)) return true;
    const digit = HEX[byte]!;
    if (digit < 0) return false;
    if (high < 0) high = digit;
    else {
      out.push(high * 16 + digit);
      high = -1;
    }
    return true;
  });
}

function ascii85(): Stage {
  const group: number[] = [];
  return byteStage((byte, out) => {
    if (byte === 0x7e) return false; // '~>' ends the data
    if (isSpace(byte)) return true;
    if (byte === 0x7a && group.length === 0) {
      for (let i = 0; i < 4; i++) out.push(0); // 'z': four zero bytes
      return true;
    }
    if (byte < 0x21 || byte > 0x75) return false;
    group.push(byte - 0x21);
    if (group.length === 5) {
      let value = 0;
      for (const digit of group) value = value * 85 + digit;
      for (let shift = 24; shift >= 0; shift -= 8) out.push((value >>> shift) & 0xff);
      group.length = 0;
    }
    return true;
  });
}

function runLength(): Stage {
  let literal = 0;
  let repeat = -1;
  return byteStage((byte, out) => {
    if (literal > 0) {
      out.push(byte);
      literal--;
    } else if (repeat > 0) {
      for (let i = 0; i < repeat; i++) out.push(byte);
      repeat = -1;
    } else if (byte === 128) return false;
    else if (byte < 128) literal = byte + 1;
    else repeat = 257 - byte;
    return true;
  });
}

/** LZW as PDF uses it (early change): a 4096-entry table, 9 to 12 bit codes. */
function lzw(): Stage {
  const prefix = new Int32Array(4096);
  const suffix = new Uint8Array(4096);
  const lengths = new Uint16Array(4096);
  const scratch = new Uint8Array(4096);
  let next = 258;
  let width = 9;
  let previous = -1;
  let bits = 0;
  let bitCount = 0;
  const reset = () => {
    next = 258;
    width = 9;
    previous = -1;
  };
  for (let i = 0; i < 256; i++) [prefix[i], suffix[i], lengths[i]] = [-1, i, 1];
  const emit = (code: number, out: Out) => {
    const length = lengths[code]!;
    for (let c = code, i = length - 1; i >= 0; i--, c = prefix[c]!) scratch[i] = suffix[c]!;
    for (let i = 0; i < length; i++) out.push(scratch[i]!);
    return scratch[0]!;
  };
  return byteStage((byte, out) => {
    bits = ((bits << 8) | byte) & 0xffffff;
    bitCount += 8;
    while (bitCount >= width) {
      const code = (bits >>> (bitCount - width)) & ((1 << width) - 1);
      bitCount -= width;
      if (code === 256) {
        reset();
        continue;
      }
      if (code === 257) return false;
      if (previous < 0) {
        if (code > 255) return false;
        emit(code, out);
      } else if (code < next) {
        const first = emit(code, out);
        if (next < 4096)
          [prefix[next], suffix[next], lengths[next]] = [previous, first, lengths[previous]! + 1];
        next++;
      } else if (code === next && next < 4096) {
        const first = emit(previous, out);
        out.push(first);
        [prefix[next], suffix[next], lengths[next]] = [previous, first, lengths[previous]! + 1];
        next++;
      } else return false;
      previous = code;
      if (next + 1 >= 1 << width && width < 12) width++;
    }
    return true;
  });
}

/** zlib inflate; a damaged stream ends the output (pdf.js judges what it can read of it). */
function flate(): Stage {
  return async function* (input) {
    const inflater = createInflate({ finishFlush: constants.Z_SYNC_FLUSH, chunkSize: OUT_CHUNK });
    const source = Readable.from(input);
    source.on("error", (error) => inflater.destroy(error));
    source.pipe(inflater);
    try {
      for await (const chunk of inflater) yield chunk as Buffer;
    } catch {
      // not zlib data, or damaged: what came out so far has been counted
    } finally {
      source.destroy();
      inflater.destroy();
    }
  };
}

// Image codecs (DCT, JPX, JBIG2, CCITT) are not decoded to read text: the chain stops there.
const STAGES: Record<string, () => Stage> = {
  FlateDecode: flate,
  Fl: flate,
  ASCIIHexDecode: asciiHex,
  AHx: asciiHex,
  ASCII85Decode: ascii85,
  A85: ascii85,
  LZWDecode: lzw,
  LZW: lzw,
  RunLengthDecode: runLength,
  RL: runLength,
};

/** The decoding stages of a filter chain, up to the first filter that text extraction does not decode. */
export function decodingStages(filters: string[]): Stage[] {
  const stages: Stage[] = [];
  for (const name of filters) {
    const make = STAGES[name];
    if (!make) break;
    stages.push(make());
  }
  return stages;
}
