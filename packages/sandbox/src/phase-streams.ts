import type { Readable, Writable } from "node:stream";
import { sanitizeText } from "./sanitize-text";

/** Collects a stream up to a cap; past it, calls onOverflow once and keeps only what fit. */
export function capped(stream: Readable, capBytes: number, onOverflow: () => void) {
  const chunks: Buffer[] = [];
  let size = 0;
  let overflow = false;
  stream.on("data", (chunk: Buffer) => {
    if (overflow) return;
    const room = capBytes - size;
    if (chunk.length > room) {
      chunks.push(chunk.subarray(0, room));
      size = capBytes;
      overflow = true;
      onOverflow();
      return;
    }
    chunks.push(chunk);
    size += chunk.length;
  });
  stream.on("error", () => {});
  return {
    size: () => size,
    text: () => sanitizeText(Buffer.concat(chunks)),
    buffer: () => Buffer.concat(chunks),
    overflow: () => overflow,
  };
}

export function send(stream: Writable | undefined, data: string | Buffer | undefined): void {
  if (!stream) return;
  // The program may exit without reading its input: a broken pipe is not our error.
  stream.on("error", () => {});
  stream.end(data ?? "");
}
