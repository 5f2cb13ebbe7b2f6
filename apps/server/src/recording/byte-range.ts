/** A satisfiable single byte range, both ends inclusive. */
export interface ByteRange {
  start: number;
  end: number;
}

const SINGLE = /^bytes=(\d*)-(\d*)$/;

/**
 * The `Range` header of a GET against an object of `size` bytes (RFC 9110 §14.1.2): one range
 * (`a-b`, `a-`, or the last `n` bytes `-n`), "unsatisfiable" when it starts past the end, and null
 * for no header or one to ignore (several ranges, another unit, a malformed one): the whole object.
 * Done here rather than by the store, so every S3-compatible server answers alike.
 */
export function parseByteRange(header: string | undefined, size: number): ByteRange | "unsatisfiable" | null {
  const match = header ? SINGLE.exec(header.trim()) : null;
  if (!match) return null;
  const [, first, last] = match as unknown as [string, string, string];
  if (first === "" && last === "") return null;
  if (first === "") {
    const suffix = Number(last);
    if (suffix === 0 || size === 0) return "unsatisfiable";
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(first);
  if (last !== "" && Number(last) < start) return null;
  if (start >= size) return "unsatisfiable";
  return { start, end: last === "" ? size - 1 : Math.min(Number(last), size - 1) };
}
