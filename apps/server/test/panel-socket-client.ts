import { type PanelServerMessage, panelServerMessageSchema } from "@studio/protocol";
import WebSocket from "ws";

type Of<T extends PanelServerMessage["type"]> = Extract<PanelServerMessage, { type: T }>;

/** A test participant on /ws/panel: records every server message (checked against the contract). */
export class PanelSocket {
  readonly messages: PanelServerMessage[] = [];
  closed: { code: number; reason: string } | null = null;
  private waiters: Array<() => void> = [];

  private constructor(readonly socket: WebSocket) {
    socket.on("message", (raw) => {
      const parsed = panelServerMessageSchema.safeParse(JSON.parse(String(raw)));
      this.messages.push(
        parsed.success
          ? parsed.data
          : {
              type: "error",
              code: "CONTRACT_VIOLATION",
              message: `${String(raw).slice(0, 300)}: ${parsed.error.message}`,
            },
      );
      for (const wake of this.waiters.splice(0)) wake();
    });
    socket.on("close", (code, reason) => {
      this.closed = { code, reason: String(reason) };
      for (const wake of this.waiters.splice(0)) wake();
    });
  }

  static connect(url: string, options: { token?: string } = {}): Promise<PanelSocket> {
    const headers = options.token ? { authorization: `Bearer ${options.token}` } : undefined;
    const socket = new WebSocket(url, headers ? { headers } : {});
    const client = new PanelSocket(socket);
    return new Promise((resolve, reject) => {
      socket.once("open", () => resolve(client));
      socket.once("unexpected-response", (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
      socket.once("error", reject);
    });
  }

  send(message: unknown): void {
    this.socket.send(typeof message === "string" ? message : JSON.stringify(message));
  }

  all<T extends PanelServerMessage["type"]>(type: T): Of<T>[] {
    return this.messages.filter((m) => m.type === type) as Of<T>[];
  }

  /** Waits until `match` holds for some message of `type` seen after index `from`. */
  async next<T extends PanelServerMessage["type"]>(
    type: T,
    match: (m: Of<T>) => boolean = () => true,
    from = 0,
    timeoutMs = 15_000,
  ): Promise<Of<T>> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const violation = this.messages.find((m) => m.type === "error" && m.code === "CONTRACT_VIOLATION");
      if (violation) throw new Error(JSON.stringify(violation));
      const found = (this.messages.slice(from).filter((m) => m.type === type) as Of<T>[]).find(match);
      if (found) return found;
      if (this.closed) throw new Error(`socket closed (${this.closed.code}) waiting for ${type}`);
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${type}`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 100);
      });
    }
  }

  /** Sends a ping and waits for its pong: everything sent before it has been handled. */
  async roundTrip(): Promise<void> {
    const from = this.messages.length;
    this.send({ type: "ping" });
    await this.next("pong", () => true, from);
  }

  async waitClosed(timeoutMs = 5000) {
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
}
