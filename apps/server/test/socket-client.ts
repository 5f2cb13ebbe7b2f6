import {
  type PanelServerMessage,
  panelServerMessageSchema,
  type ServerMessage,
  serverMessageSchema,
} from "@studio/protocol";
import WebSocket from "ws";
import type { z } from "zod";

type Message = { type: string };
type Of<M extends Message, T extends M["type"]> = Extract<M, { type: T }>;

/**
 * A test client for one of the server's sockets: records every server message, checked against the
 * socket's schema from the protocol, and waits for the ones asked for. A message outside the contract
 * is recorded as a CONTRACT_VIOLATION error, so the waiting test fails with the reason.
 */
class ContractSocket<M extends Message> {
  readonly messages: M[] = [];
  closed: { code: number; reason: string } | null = null;
  private waiters: Array<() => void> = [];

  protected constructor(
    readonly socket: WebSocket,
    schema: z.ZodType<M>,
  ) {
    socket.on("message", (raw) => {
      const parsed = schema.safeParse(JSON.parse(String(raw)));
      const violation = {
        type: "error",
        code: "CONTRACT_VIOLATION",
        message: `${String(raw).slice(0, 300)}: ${parsed.error?.message}`,
      };
      this.messages.push(parsed.success ? parsed.data : (violation as unknown as M));
      this.wake();
    });
    socket.on("close", (code, reason) => {
      this.closed = { code, reason: String(reason) };
      this.wake();
    });
  }

  /** Resolves once the socket is open (or rejects with the HTTP status that refused it). */
  protected static opened<C extends ContractSocket<Message>>(client: C): Promise<C> {
    return new Promise((resolve, reject) => {
      client.socket.once("open", () => resolve(client));
      client.socket.once("unexpected-response", (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
      client.socket.once("error", reject);
    });
  }

  protected static open(url: string, token: string | null | undefined): WebSocket {
    return new WebSocket(url, token ? { headers: { authorization: `Bearer ${token}` } } : {});
  }

  send(message: unknown): void {
    this.socket.send(typeof message === "string" ? message : JSON.stringify(message));
  }

  all<T extends M["type"]>(type: T): Of<M, T>[] {
    return this.messages.filter((m) => m.type === type) as Of<M, T>[];
  }

  /** The first message of `type` seen after index `from` for which `match` holds. */
  async waitFor<T extends M["type"]>(
    type: T,
    match: (m: Of<M, T>) => boolean,
    from: number,
    timeoutMs: number,
  ): Promise<Of<M, T>> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const violation = this.messages.find(
        (m) => m.type === "error" && (m as unknown as { code: string }).code === "CONTRACT_VIOLATION",
      );
      if (violation) throw new Error(JSON.stringify(violation));
      const found = (this.messages.slice(from).filter((m) => m.type === type) as Of<M, T>[]).find(match);
      if (found) return found;
      if (this.closed) throw new Error(`socket closed (${this.closed.code}) waiting for ${type}`);
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${type}`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 100);
      });
    }
  }

  async waitClosed(timeoutMs = 5000): Promise<{ code: number; reason: string }> {
    const deadline = Date.now() + timeoutMs;
    while (!this.closed) {
      if (Date.now() > deadline) throw new Error("socket did not close");
      await new Promise((r) => setTimeout(r, 20));
    }
    return this.closed;
  }

  close(): void {
    this.socket.close();
  }

  private wake() {
    for (const wake of this.waiters.splice(0)) wake();
  }
}

/** A test client for /ws/interview. */
export class SocketClient extends ContractSocket<ServerMessage> {
  static connect(url: string, token: string | null): Promise<SocketClient> {
    return ContractSocket.opened(new SocketClient(ContractSocket.open(url, token), serverMessageSchema));
  }

  /** The next message of `type` after index `from` (default: after all seen so far). */
  next<T extends ServerMessage["type"]>(type: T, from = this.messages.length, timeoutMs = 30_000) {
    return this.waitFor(type, () => true, from, timeoutMs);
  }
}

/** A test participant on /ws/panel. */
export class PanelSocket extends ContractSocket<PanelServerMessage> {
  static connect(url: string, options: { token?: string } = {}): Promise<PanelSocket> {
    const socket = ContractSocket.open(url, options.token);
    return ContractSocket.opened(new PanelSocket(socket, panelServerMessageSchema));
  }

  /** Waits until `match` holds for some message of `type` seen after index `from`. */
  next<T extends PanelServerMessage["type"]>(
    type: T,
    match: (m: Of<PanelServerMessage, T>) => boolean = () => true,
    from = 0,
    timeoutMs = 30_000,
  ) {
    return this.waitFor(type, match, from, timeoutMs);
  }

  /** Sends a ping and waits for its pong: everything sent before it has been handled. */
  async roundTrip(): Promise<void> {
    const from = this.messages.length;
    this.send({ type: "ping" });
    await this.next("pong", () => true, from);
  }
}
