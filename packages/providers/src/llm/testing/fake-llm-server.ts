import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import { anthropicWire } from "./anthropic-wire";
import type { FakeReplies, FakeReply, RecordedRequest } from "./fake-reply";
import { openAiWire } from "./openai-wire";
import type { WireFormat } from "./wire-format";

export interface FakeLlmServerOptions {
  /** Which provider's wire format to speak. */
  wire: "openai" | "anthropic";
  /** Replies in order; after the list runs out, `fallback` answers. */
  replies?: FakeReplies;
  fallback?: FakeReply;
}

export interface FakeLlmServer {
  readonly wire: FakeLlmServerOptions["wire"];
  /** Base URL to configure the engine with, e.g. http://127.0.0.1:40123/v1 */
  readonly baseUrl: string;
  readonly requests: RecordedRequest[];
  /** Resolves when request `index` has arrived (its body read), whenever that is. */
  requestReceived(index: number): Promise<RecordedRequest>;
  /** Resolves when request `index` is over: answered in full or closed by the client. */
  requestEnded(index: number): Promise<RecordedRequest>;
  close(): Promise<void>;
}

const WIRES: Record<FakeLlmServerOptions["wire"], WireFormat> = {
  openai: openAiWire,
  anthropic: anthropicWire,
};

/**
 * A real HTTP server on 127.0.0.1 and a random port that answers like an LLM provider, following a
 * script of replies. Shared by the provider tests and the server's integration tests.
 */
export async function startFakeLlmServer(options: FakeLlmServerOptions): Promise<FakeLlmServer> {
  const wire = WIRES[options.wire];
  const requests: RecordedRequest[] = [];
  const ended: Promise<RecordedRequest>[] = [];
  const fallback = options.fallback ?? { text: "fallback reply" };
  const arrivals: { index: number; resolve: (request: RecordedRequest) => void }[] = [];

  const pick = (request: RecordedRequest, index: number): FakeReply => {
    const { replies } = options;
    if (typeof replies === "function") return replies(request, index);
    return replies?.[index] ?? fallback;
  };

  const server = createServer((req, res) => {
    void readJson(req).then((body) => {
      const started = Date.now();
      const record: RecordedRequest = {
        path: req.url ?? "",
        headers: req.headers,
        body,
        receivedAt: started,
        closedEarly: false,
      };
      const index = requests.push(record) - 1;
      for (const waiter of arrivals.filter((w) => w.index === index)) waiter.resolve(record);
      ended[index] = new Promise((resolve) => {
        res.on("close", () => {
          if (!res.writableFinished) {
            record.closedEarly = true;
            record.closedAfterMs = Date.now() - started;
          }
          resolve(record);
        });
      });
      if (req.method !== "POST" || req.url !== `/v1${wire.path}`) {
        sendJson(res, 404, wire.errorBody(404, `no route ${req.method} ${req.url}`));
        return;
      }
      void answer(wire, res, body, pick(record, index));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    wire: options.wire,
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    requestReceived: (index) =>
      requests[index]
        ? Promise.resolve(requests[index])
        : new Promise((resolve) => arrivals.push({ index, resolve })),
    requestEnded: (index) => ended[index] ?? Promise.reject(new Error(`no request ${index} yet`)),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const parts: Buffer[] = [];
  for await (const part of req) parts.push(part as Buffer);
  try {
    return JSON.parse(Buffer.concat(parts).toString("utf8")) as Record<string, unknown>;
  } catch {
    return {};
  }
}

function sendJson(res: ServerResponse, status: number, body: object, headers: Record<string, string> = {}) {
  res.writeHead(status, { "content-type": "application/json", ...headers });
  res.end(JSON.stringify(body));
}

async function answer(
  wire: WireFormat,
  res: ServerResponse,
  body: Record<string, unknown>,
  reply: FakeReply,
) {
  if ("hang" in reply) return;
  if ("status" in reply) {
    const headers: Record<string, string> = reply.retryAfter ? { "retry-after": reply.retryAfter } : {};
    sendJson(
      res,
      reply.status,
      wire.errorBody(reply.status, reply.message ?? `fake ${reply.status}`),
      headers,
    );
    return;
  }
  const model = typeof body.model === "string" ? body.model : "fake-model";
  const chunks = typeof reply.text === "string" ? [reply.text] : reply.text;
  if (reply.firstTokenDelayMs) await sleep(reply.firstTokenDelayMs);
  if (res.destroyed) return;
  if (body.stream !== true) {
    sendJson(res, 200, wire.completion(model, chunks.join("")));
    return;
  }
  res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache" });
  for (const frame of wire.openingFrames(model)) res.write(frame);
  for (const [i, text] of chunks.entries()) {
    if (reply.cutAfterChunks === i) return cut(res);
    if (i > 0 && reply.chunkDelayMs) await sleep(reply.chunkDelayMs);
    if (res.destroyed) return;
    res.write(wire.textFrame(model, text));
  }
  if (reply.cutAfterChunks !== undefined) return cut(res);
  if (reply.streamError) {
    res.end(wire.errorFrame(reply.streamError));
    return;
  }
  for (const frame of wire.closingFrames(model)) res.write(frame);
  res.end();
}

/** Drops the connection mid-stream, after what was written has reached the client. */
async function cut(res: ServerResponse): Promise<void> {
  await new Promise((resolve) => res.write("", resolve));
  await sleep(10);
  res.destroy();
}
