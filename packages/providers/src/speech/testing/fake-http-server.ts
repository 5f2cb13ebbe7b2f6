import { createServer, type IncomingHttpHeaders, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface ReceivedRequest {
  method: string;
  /** Path and query. */
  url: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

export type FakeHandler = (request: ReceivedRequest, response: ServerResponse) => void | Promise<void>;

export interface FakeHttpServer {
  /** http://127.0.0.1:PORT */
  readonly origin: string;
  readonly requests: ReceivedRequest[];
  /** Replaces how the next requests are answered. */
  answer(handler: FakeHandler): void;
  close(): Promise<void>;
}

/** A real HTTP server on 127.0.0.1 and a random port, answering as a test tells it to. */
export async function startFakeHttpServer(handler: FakeHandler): Promise<FakeHttpServer> {
  const requests: ReceivedRequest[] = [];
  let current = handler;
  const server = createServer(async (req, res) => {
    const parts: Buffer[] = [];
    for await (const part of req) parts.push(part as Buffer);
    const request = {
      method: req.method ?? "",
      url: req.url ?? "",
      headers: req.headers,
      body: Buffer.concat(parts),
    };
    requests.push(request);
    await current(request, res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    answer: (next) => {
      current = next;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
}

/** Streams `chunks` with a pause between them; `cutAfter` drops the connection after that many. */
export async function sendChunks(
  response: ServerResponse,
  chunks: Uint8Array[],
  options: { contentType?: string; cutAfter?: number; pauseMs?: number } = {},
): Promise<void> {
  response.writeHead(200, { "content-type": options.contentType ?? "application/octet-stream" });
  for (const [index, chunk] of chunks.entries()) {
    if (index === options.cutAfter) {
      response.socket?.destroy();
      return;
    }
    response.write(chunk);
    await new Promise((resolve) => setTimeout(resolve, options.pauseMs ?? 2));
  }
  response.end();
}

/** A tone as PCM16LE, cut into `count` pieces of odd sizes, as a network would deliver it. */
export function tonePieces(
  ms: number,
  sampleRate: number,
  count: number,
): { pcm: Uint8Array; pieces: Uint8Array[] } {
  const samples = new Int16Array(Math.round((ms / 1000) * sampleRate));
  for (let i = 0; i < samples.length; i++)
    samples[i] = Math.round(Math.sin((i * 2 * Math.PI * 440) / sampleRate) * 8000);
  const pcm = new Uint8Array(samples.buffer);
  const size = Math.ceil(pcm.byteLength / count) | 1;
  const pieces: Uint8Array[] = [];
  for (let at = 0; at < pcm.byteLength; at += size) pieces.push(pcm.subarray(at, at + size));
  return { pcm, pieces };
}
