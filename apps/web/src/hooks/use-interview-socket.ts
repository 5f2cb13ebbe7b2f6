import { type ClientMessage, type ServerMessage, serverMessageSchema } from "@studio/protocol";
import { useCallback, useEffect, useReducer, useRef, useState } from "react";
import { reconnectDelay } from "../room/reconnect-delay";
import { initialRoomState, type RoomEvent, roomReducer } from "../room/room-state";

export type ConnectionStatus = "connecting" | "connected" | "reconnecting" | "offline";

export interface InterviewSocketHandlers {
  /** Every valid server message, after the room state has taken it in. */
  onMessage?: (message: ServerMessage) => void;
  /** A binary frame: interviewer audio in the format announced by `session_state`. */
  onBinary?: (data: ArrayBuffer) => void;
}

const PING_EVERY_MS = 15_000;
/** With pings every 15 s, this much silence means the connection is dead even if no close came. */
const STALE_AFTER_MS = 40_000;
/** Failed attempts in a row after which the pill says "offline" (it keeps trying). */
const OFFLINE_AFTER = 4;
/**
 * Close codes after which retrying cannot help: policy (auth) and the app's own 4xxx codes, such as
 * 4000 when the interview was opened in another tab (reconnecting would take it back, and so on).
 */
const isFatalClose = (code: number) => code === 1008 || (code >= 4000 && code < 5000);
/** Sent once the connection is back; audio and pings are pointless later. */
const queueable = (message: ClientMessage) =>
  message.type === "answer_text" || message.type === "end_interview";

export function interviewSocketUrl(sessionId: string): string {
  return `${location.origin.replace(/^http/, "ws")}/ws/interview/${encodeURIComponent(sessionId)}`;
}

/**
 * The streaming interview connection (api.md, WebSocket): keeps the room state from validated server
 * messages, pings every 15 s, and reconnects with backoff (0.5 → 8 s, jittered); the server re-sends
 * `session_state` on every connect, so the room resumes the same question.
 */
export function useInterviewSocket(sessionId: string, handlers: InterviewSocketHandlers = {}) {
  const [state, dispatch] = useReducer(roomReducer, initialRoomState);
  const [status, setStatus] = useState<ConnectionStatus>("connecting");
  const [fatal, setFatal] = useState(false);
  const [generation, setGeneration] = useState(0);
  const handlersRef = useRef(handlers);
  handlersRef.current = handlers;
  const socketRef = useRef<WebSocket | null>(null);
  const queueRef = useRef<ClientMessage[]>([]);
  const endedRef = useRef(false);

  // biome-ignore lint/correctness/useExhaustiveDependencies: generation restarts the connection on demand
  useEffect(() => {
    let disposed = false;
    let attempt = 0;
    let retryTimer: ReturnType<typeof setTimeout> | undefined;
    let pingTimer: ReturnType<typeof setInterval> | undefined;
    let lastHeard = Date.now();
    setFatal(false);

    const stopPing = () => clearInterval(pingTimer);

    const scheduleReconnect = () => {
      if (disposed || endedRef.current) return;
      clearTimeout(retryTimer);
      setStatus(attempt >= OFFLINE_AFTER || !navigator.onLine ? "offline" : "reconnecting");
      retryTimer = setTimeout(connect, reconnectDelay(attempt));
      attempt += 1;
    };

    const drop = (socket: WebSocket) => {
      socket.onopen = socket.onmessage = socket.onclose = socket.onerror = null;
      if (socket.readyState === WebSocket.CONNECTING || socket.readyState === WebSocket.OPEN) socket.close();
      if (socketRef.current === socket) socketRef.current = null;
      stopPing();
    };

    const onText = (text: string) => {
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        console.warn("interview socket: a frame that is not JSON was ignored");
        return;
      }
      const parsed = serverMessageSchema.safeParse(json);
      if (!parsed.success) {
        console.warn("interview socket: an unknown or malformed message was ignored", parsed.error.issues);
        return;
      }
      const message = parsed.data;
      if (message.type === "session_state") {
        attempt = 0;
        setStatus("connected");
      }
      if (message.type === "interview_ended") endedRef.current = true;
      dispatch(message);
      handlersRef.current.onMessage?.(message);
    };

    function connect() {
      if (disposed) return;
      const socket = new WebSocket(interviewSocketUrl(sessionId));
      socket.binaryType = "arraybuffer";
      socketRef.current = socket;
      socket.onopen = () => {
        lastHeard = Date.now();
        setStatus("connected");
        for (const message of queueRef.current.splice(0)) socket.send(JSON.stringify(message));
        stopPing();
        pingTimer = setInterval(() => {
          if (Date.now() - lastHeard > STALE_AFTER_MS) {
            drop(socket);
            dispatch({ type: "local/disconnected" });
            scheduleReconnect();
            return;
          }
          socket.send(JSON.stringify({ type: "ping" } satisfies ClientMessage));
        }, PING_EVERY_MS);
      };
      socket.onmessage = (event: MessageEvent<string | ArrayBuffer>) => {
        lastHeard = Date.now();
        if (typeof event.data === "string") onText(event.data);
        else handlersRef.current.onBinary?.(event.data);
      };
      socket.onclose = (event) => {
        drop(socket);
        if (disposed) return;
        dispatch({ type: "local/disconnected" });
        if (endedRef.current) return;
        if (isFatalClose(event.code)) {
          setStatus("offline");
          setFatal(true);
          return;
        }
        scheduleReconnect();
      };
    }

    const onOnline = () => {
      if (socketRef.current || disposed || endedRef.current) return;
      attempt = 0;
      clearTimeout(retryTimer);
      connect();
    };
    const onOffline = () => {
      if (!socketRef.current || socketRef.current.readyState !== WebSocket.OPEN) setStatus("offline");
    };
    window.addEventListener("online", onOnline);
    window.addEventListener("offline", onOffline);
    setStatus("connecting");
    connect();

    return () => {
      disposed = true;
      clearTimeout(retryTimer);
      window.removeEventListener("online", onOnline);
      window.removeEventListener("offline", onOffline);
      if (socketRef.current) drop(socketRef.current);
    };
  }, [sessionId, generation]);

  /** Sends now when connected; answers and end requests wait for the reconnect otherwise. */
  const send = useCallback((message: ClientMessage): boolean => {
    const socket = socketRef.current;
    if (socket && socket.readyState === WebSocket.OPEN) {
      socket.send(JSON.stringify(message));
      return true;
    }
    if (queueable(message)) queueRef.current.push(message);
    return false;
  }, []);

  const update = useCallback((event: RoomEvent) => dispatch(event), []);
  const reconnect = useCallback(() => setGeneration((n) => n + 1), []);

  return { state, status, fatal, send, update, reconnect };
}
