import type { WebSocket } from "ws";

/**
 * Pings the socket every `intervalMs`; one that has not answered the previous ping by then is gone
 * (a closed laptop, a dropped network) and is terminated, which frees its interview for a new socket.
 * Browsers answer pings on their own, so a live tab is never cut.
 */
export function keepAlive(socket: WebSocket, intervalMs: number): () => void {
  let answered = true;
  socket.on("pong", () => {
    answered = true;
  });
  const timer = setInterval(() => {
    if (!answered) {
      socket.terminate();
      return;
    }
    answered = false;
    socket.ping();
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
