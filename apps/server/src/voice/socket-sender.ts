import type { ErrorCode, ServerMessage } from "@studio/protocol";
import type { WebSocket } from "ws";

/** More than this waiting in the socket's buffer means the client cannot keep up. */
export const MAX_BUFFERED_BYTES = 4 * 1024 * 1024;

/**
 * Sends JSON messages, but never lets a slow client grow the server's memory: past the bound the
 * connection is closed (1013, try again later) and the client's reconnect resumes the same question.
 */
export class SocketSender {
  constructor(
    private readonly socket: WebSocket,
    private readonly maxBuffered = MAX_BUFFERED_BYTES,
  ) {}

  get open(): boolean {
    return this.socket.readyState === this.socket.OPEN;
  }

  send(message: ServerMessage): boolean {
    if (!this.open) return false;
    if (this.socket.bufferedAmount > this.maxBuffered) {
      this.socket.close(1013, "client too slow");
      return false;
    }
    this.socket.send(JSON.stringify(message));
    return true;
  }

  error(code: ErrorCode, message: string): void {
    this.send({ type: "error", code, message });
  }
}
