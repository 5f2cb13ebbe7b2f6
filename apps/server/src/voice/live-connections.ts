import type { WebSocket } from "ws";

/** One live connection per interview: a new one (a reconnect, another tab) replaces the old cleanly. */
export class LiveConnections {
  private readonly bySession = new Map<string, WebSocket>();

  claim(sessionId: string, socket: WebSocket): void {
    const previous = this.bySession.get(sessionId);
    this.bySession.set(sessionId, socket);
    if (previous && previous !== socket) {
      previous.send(
        JSON.stringify({ type: "error", code: "REPLACED", message: "Opened in another connection" }),
      );
      previous.close(4000, "replaced by a newer connection");
    }
  }

  release(sessionId: string, socket: WebSocket): void {
    if (this.bySession.get(sessionId) === socket) this.bySession.delete(sessionId);
  }

  get size(): number {
    return this.bySession.size;
  }
}
