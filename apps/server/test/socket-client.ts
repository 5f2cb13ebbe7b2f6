import { type ServerMessage, serverMessageSchema } from "@studio/protocol";
import WebSocket from "ws";

/** A test client for /ws/interview: records every server message and waits for the ones asked for. */
export class SocketClient {
  readonly messages: ServerMessage[] = [];
  private waiters: Array<() => void> = [];
  closed: { code: number; reason: string } | null = null;

  private constructor(readonly socket: WebSocket) {
    socket.on("message", (raw) => {
      const parsed = serverMessageSchema.safeParse(JSON.parse(String(raw)));
      // A message outside the contract is recorded as such, so the waiting test fails with the reason.
      this.messages.push(
        parsed.success
          ? parsed.data
          : ({
              type: "error",
              code: "CONTRACT_VIOLATION",
              message: `${String(raw).slice(0, 200)}: ${parsed.error.message}`,
            } as unknown as ServerMessage),
      );
      for (const wake of this.waiters.splice(0)) wake();
    });
    socket.on("close", (code, reason) => {
      this.closed = { code, reason: String(reason) };
      for (const wake of this.waiters.splice(0)) wake();
    });
  }

  static connect(url: string, token: string | null): Promise<SocketClient> {
    const socket = new WebSocket(url, token ? { headers: { authorization: `Bearer ${token}` } } : {});
    const client = new SocketClient(socket);
    return new Promise((resolve, reject) => {
      socket.once("open", () => resolve(client));
      socket.once("unexpected-response", (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
      socket.once("error", reject);
    });
  }

  send(message: unknown): void {
    this.socket.send(typeof message === "string" ? message : JSON.stringify(message));
  }

  /** The next message of `type` after index `from` (default: after all seen so far). */
  async next<T extends ServerMessage["type"]>(
    type: T,
    from = this.messages.length,
    timeoutMs = 10_000,
  ): Promise<Extract<ServerMessage, { type: T }>> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const violation = this.messages.find(
        (m) => m.type === "error" && (m.code as string) === "CONTRACT_VIOLATION",
      );
      if (violation) throw new Error(JSON.stringify(violation));
      const found = this.messages.slice(from).find((m) => m.type === type);
      if (found) return found as Extract<ServerMessage, { type: T }>;
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
}
