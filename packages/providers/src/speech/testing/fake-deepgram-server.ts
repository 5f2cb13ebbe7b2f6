import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import type { Duplex } from "node:stream";
import { WebSocketServer } from "ws";

export interface FakeDeepgramOptions {
  apiKey: string;
  /** What it "recognizes": sent as an interim result once audio comes, and final on CloseStream. */
  interim: string;
  final: string;
  /** "cut": drops the connection after the first audio; "silent": never answers CloseStream. */
  misbehave?: "cut" | "silent";
}

export interface FakeDeepgramServer {
  /** ws://127.0.0.1:PORT/v1 */
  readonly baseUrl: string;
  /** The query string of each connection, and what came over it. */
  readonly connections: { query: URLSearchParams; audioBytes: number; messages: string[] }[];
  set(options: Partial<FakeDeepgramOptions>): void;
  close(): Promise<void>;
}

const results = (transcript: string, isFinal: boolean) =>
  JSON.stringify({
    type: "Results",
    is_final: isFinal,
    speech_final: isFinal,
    channel: { alternatives: [{ transcript, confidence: 0.98, words: [] }] },
  });

/** A local WebSocket server speaking enough of Deepgram's live API (`/v1/listen`) for the adapter. */
export async function startFakeDeepgram(initial: FakeDeepgramOptions): Promise<FakeDeepgramServer> {
  let options = initial;
  const connections: FakeDeepgramServer["connections"] = [];
  const wss = new WebSocketServer({ noServer: true });
  const server = createServer();
  server.on("upgrade", (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const url = new URL(request.url ?? "/", "http://localhost");
    if (request.headers.authorization !== `Token ${options.apiKey}`) {
      const body = JSON.stringify({ err_code: "INVALID_AUTH", err_msg: "Invalid credentials." });
      socket.end(
        `HTTP/1.1 401 Unauthorized\r\ncontent-type: application/json\r\ncontent-length: ${body.length}\r\n\r\n${body}`,
      );
      return;
    }
    if (url.pathname !== "/v1/listen") {
      socket.end("HTTP/1.1 404 Not Found\r\ncontent-length: 0\r\n\r\n");
      return;
    }
    wss.handleUpgrade(request, socket, head, (ws) => {
      const connection = { query: url.searchParams, audioBytes: 0, messages: [] as string[] };
      connections.push(connection);
      let interimSent = false;
      ws.on("message", (data, isBinary) => {
        if (isBinary) {
          connection.audioBytes += (data as Buffer).byteLength;
          if (options.misbehave === "cut") return ws.terminate();
          if (!interimSent && connection.audioBytes >= 16_000) {
            interimSent = true;
            ws.send(results(options.interim, false));
          }
          return;
        }
        const text = data.toString();
        connection.messages.push(text);
        if (JSON.parse(text).type !== "CloseStream" || options.misbehave === "silent") return;
        ws.send(results(options.final, true));
        ws.send(
          JSON.stringify({ type: "Metadata", request_id: "fake", duration: connection.audioBytes / 32_000 }),
        );
        ws.close(1000);
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `ws://127.0.0.1:${port}/v1`,
    connections,
    set: (update) => {
      options = { ...options, ...update };
    },
    close: () =>
      new Promise((resolve) => {
        for (const client of wss.clients) client.terminate();
        server.close(() => resolve());
      }),
  };
}
