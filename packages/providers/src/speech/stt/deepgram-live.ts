import type { IncomingMessage } from "node:http";
import WebSocket from "ws";
import { abortedError, kindForStatus, SpeechError } from "../speech-errors";
import type { BackendCallbacks, TranscriptionBackend } from "./speech-recognizer";

export interface DeepgramOptions {
  /** Including the version path: wss://api.deepgram.com/v1 (http/https are taken as ws/wss). */
  baseUrl: string;
  model: string;
  apiKey: string;
  /** From CloseStream to the last result. */
  timeoutMs: number;
  /** To open the connection. */
  connectTimeoutMs: number;
}

/** Deepgram closes a live stream after 10 s without audio; a push-to-talk pause can be longer. */
const KEEP_ALIVE_MS = 5000;
const PROVIDER = "deepgram";

interface DeepgramResults {
  type: "Results";
  is_final?: boolean;
  channel?: { alternatives?: { transcript?: string }[] };
}

export function listenUrl(options: DeepgramOptions, language: string): string {
  const url = new URL(`${options.baseUrl.replace(/\/+$/, "")}/listen`);
  url.protocol = url.protocol.replace(/^http/, "ws");
  const query = {
    model: options.model,
    language,
    encoding: "linear16",
    sample_rate: "16000",
    channels: "1",
    interim_results: "true",
    punctuate: "true",
    smart_format: "true",
  };
  for (const [key, value] of Object.entries(query)) url.searchParams.set(key, value);
  return url.toString();
}

/**
 * Deepgram's live API over a WebSocket: audio streams up as it arrives, interim and final results
 * come back; when the answer ends, CloseStream flushes the last results and Deepgram closes.
 */
export class DeepgramLiveBackend implements TranscriptionBackend {
  private readonly socket: WebSocket;
  private readonly closed: Promise<{ code: number; reason: string }>;
  private readonly queued: Uint8Array[] = [];
  private readonly finals: string[] = [];
  private interim = "";
  private opened = false;
  private closing = false;
  private failure: SpeechError | undefined;
  private keepAlive: NodeJS.Timeout | undefined;

  constructor(
    private readonly options: DeepgramOptions,
    private readonly callbacks: BackendCallbacks,
  ) {
    this.socket = new WebSocket(listenUrl(options, callbacks.language), {
      headers: { authorization: `Token ${options.apiKey}` },
      handshakeTimeout: options.connectTimeoutMs,
    });
    this.closed = new Promise((resolve) => {
      this.socket.on("close", (code, reason) => {
        clearInterval(this.keepAlive);
        if (!this.closing) this.fail(interrupted(`the connection closed (${code} ${reason})`));
        resolve({ code, reason: reason.toString() });
      });
    });
    this.socket.on("open", () => this.onOpen());
    this.socket.on("message", (data, isBinary) => {
      if (!isBinary) this.onMessage(data.toString());
    });
    this.socket.on("unexpected-response", (_request, response) => this.onRefused(response));
    this.socket.on("error", (error) => {
      const kind = this.opened ? "stream_interrupted" : "unavailable";
      this.fail(new SpeechError(kind, `${PROVIDER}: ${error.message}`, { cause: error }));
    });
  }

  push(pcm: Uint8Array): void {
    if (this.closing || this.failure) return;
    if (this.socket.readyState === WebSocket.OPEN) this.socket.send(pcm);
    else this.queued.push(new Uint8Array(pcm));
  }

  async finish(): Promise<string> {
    if (this.failure) throw this.failure;
    this.closing = true;
    if (this.socket.readyState === WebSocket.OPEN) this.sendCloseStream();
    const { code, reason } = await this.whenClosed();
    if (this.failure) throw this.failure;
    if (code !== 1000 && code !== 1005)
      throw interrupted(`Deepgram closed the stream with ${code} ${reason}`);
    return this.transcript();
  }

  cancel(): void {
    this.closing = true;
    this.failure ??= abortedError(PROVIDER);
    this.socket.terminate();
  }

  private onOpen(): void {
    this.opened = true;
    for (const pcm of this.queued.splice(0)) this.socket.send(pcm);
    // `finish` may have come while connecting.
    if (this.closing) this.sendCloseStream();
    this.keepAlive = setInterval(
      () => this.socket.send(JSON.stringify({ type: "KeepAlive" })),
      KEEP_ALIVE_MS,
    );
    this.keepAlive.unref();
  }

  private onMessage(text: string): void {
    let message: unknown;
    try {
      message = JSON.parse(text);
    } catch {
      return; // not a message we act on
    }
    if (!isResults(message)) return;
    const transcript = message.channel?.alternatives?.[0]?.transcript?.trim() ?? "";
    if (message.is_final) {
      if (transcript) this.finals.push(transcript);
      this.interim = "";
    } else {
      this.interim = transcript;
    }
    const sofar = this.transcript();
    if (sofar) this.callbacks.onInterim(sofar);
  }

  private onRefused(response: IncomingMessage): void {
    const status = response.statusCode ?? 0;
    let body = "";
    response.setEncoding("utf8");
    response.on("data", (piece: string) => {
      body += piece;
    });
    response.on("end", () => {
      const detail = body.replace(/\s+/g, " ").trim().slice(0, 200);
      this.fail(
        new SpeechError(kindForStatus(status), `${PROVIDER}: HTTP ${status}${detail ? `: ${detail}` : ""}`, {
          status,
        }),
      );
      this.socket.terminate();
    });
  }

  private sendCloseStream(): void {
    this.socket.send(JSON.stringify({ type: "CloseStream" }));
  }

  private whenClosed(): Promise<{ code: number; reason: string }> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        this.socket.terminate();
        reject(
          new SpeechError("timeout", `${PROVIDER}: no final result within ${this.options.timeoutMs} ms`),
        );
      }, this.options.timeoutMs);
    });
    return Promise.race([this.closed, timeout]).finally(() => clearTimeout(timer));
  }

  private transcript(): string {
    return [...this.finals, this.interim].filter(Boolean).join(" ");
  }

  private fail(error: SpeechError): void {
    if (this.failure) return;
    this.failure = error;
    if (!this.closing) this.callbacks.onFailure(error);
  }
}

function interrupted(message: string): SpeechError {
  return new SpeechError("stream_interrupted", `${PROVIDER}: ${message}`);
}

function isResults(message: unknown): message is DeepgramResults {
  return (
    typeof message === "object" && message !== null && (message as { type?: unknown }).type === "Results"
  );
}
