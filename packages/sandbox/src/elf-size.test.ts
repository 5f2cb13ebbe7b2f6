import { describe, expect, it } from "vitest";
import { loadedBytes } from "./elf-size";

/** A minimal ELF64 header with the given PT_LOAD memory sizes (and one non-load segment). */
function elf(loads: number[]): Buffer {
  const segments = [...loads.map((size) => [1, size]), [4, 1 << 30]];
  const buffer = Buffer.alloc(64 + 56 * segments.length);
  buffer.write("\x7fELF", 0, "latin1");
  buffer[4] = 2;
  buffer.writeBigUInt64LE(64n, 0x20);
  buffer.writeUInt16LE(56, 0x36);
  buffer.writeUInt16LE(segments.length, 0x38);
  segments.forEach(([type, size], i) => {
    buffer.writeUInt32LE(type!, 64 + 56 * i);
    buffer.writeBigUInt64LE(BigInt(size!), 64 + 56 * i + 0x28);
  });
  return buffer;
}

describe("loadedBytes", () => {
  it("sums the memory sizes of loadable segments only", () => {
    expect(loadedBytes(elf([4096, 2 ** 34]))).toBe(4096 + 2 ** 34);
  });

  it("ignores what is not a 64-bit ELF file", () => {
    expect(loadedBytes(Buffer.from("#!/bin/sh\n"))).toBeUndefined();
    expect(loadedBytes(elf([1]).subarray(0, 80))).toBeUndefined();
  });
});
