import { expect } from "vitest";
import type { Client } from "./test-server";

/** Bytes that differ at every offset, so a wrong range cannot pass by accident. */
export const bytesOf = (n: number, seed = 7) => new Uint8Array(n).map((_, i) => (i * 31 + seed) % 251);

/** A request with a raw body and the raw reply: recordings are bytes, not JSON. */
export async function raw(
  client: Client,
  method: string,
  path: string,
  body?: Uint8Array,
  headers: Record<string, string> = {},
) {
  const response = await fetch(`${client.baseUrl}${path}`, {
    method,
    headers: { ...(client.token ? { authorization: `Bearer ${client.token}` } : {}), ...headers },
    body,
  });
  return {
    status: response.status,
    headers: response.headers,
    bytes: new Uint8Array(await response.arrayBuffer()),
  };
}

/**
 * Ranged reads of a stored 10,000-byte recording: each range's bytes exactly, and 416 past the end
 * (returned, for the caller's own checks of that reply).
 */
export async function expectByteRanges(client: Client, path: string, body: Uint8Array) {
  const cases: [string, number, number][] = [
    ["bytes=0-99", 0, 99],
    ["bytes=9990-", 9990, 9999],
    ["bytes=-10", 9990, 9999],
    ["bytes=5000-99999", 5000, 9999],
  ];
  for (const [range, start, end] of cases) {
    const part = await raw(client, "GET", path, undefined, { range });
    expect(part.status, range).toBe(206);
    expect(part.headers.get("content-range")).toBe(`bytes ${start}-${end}/10000`);
    expect(Buffer.compare(part.bytes, body.subarray(start, end + 1)), range).toBe(0);
  }
  const beyond = await raw(client, "GET", path, undefined, { range: "bytes=20000-" });
  expect(beyond.status).toBe(416);
  return beyond;
}
