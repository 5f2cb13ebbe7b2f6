/** Audio chunks of this size at most leave the server: about 0.37 s at 22 050 Hz. */
export const MAX_CHUNK_BYTES = 16 * 1024;

/**
 * Re-cuts a PCM16 byte stream into chunks of whole samples (an even number of bytes) of at most
 * `maxBytes`, since network reads split samples and the browser decodes each chunk on its own.
 */
export async function* pcm16Chunks(
  source: AsyncIterable<Uint8Array>,
  maxBytes = MAX_CHUNK_BYTES,
): AsyncGenerator<Uint8Array> {
  let carry: Uint8Array | undefined;
  for await (const piece of source) {
    let bytes = carry ? Buffer.concat([carry, piece]) : piece;
    carry = undefined;
    if (bytes.byteLength % 2) {
      carry = bytes.slice(bytes.byteLength - 1);
      bytes = bytes.subarray(0, bytes.byteLength - 1);
    }
    for (let at = 0; at < bytes.byteLength; at += maxBytes) {
      // A copy, so that a chunk kept by the cache or the caller never aliases a reused read buffer.
      yield new Uint8Array(bytes.subarray(at, Math.min(at + maxBytes, bytes.byteLength)));
    }
  }
}
