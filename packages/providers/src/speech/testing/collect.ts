/** Every chunk of a stream, and the whole as one buffer. */
export async function collectAudio(stream: AsyncIterable<Uint8Array>): Promise<{
  chunks: Uint8Array[];
  bytes: Uint8Array;
}> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of stream) chunks.push(chunk);
  return { chunks, bytes: new Uint8Array(Buffer.concat(chunks)) };
}

/** The error a promise or stream ends with (fails the test if it ends without one). */
export async function failureOf(run: () => Promise<unknown>): Promise<unknown> {
  try {
    await run();
  } catch (error) {
    return error;
  }
  throw new Error("expected a failure");
}
