import type {} from "@fastify/websocket";
import { clientMessageSchema, idParamsSchema, refuseUnsafeText } from "@studio/protocol";
import type { FastifyInstance } from "fastify";
import { requireUser } from "../auth/authenticate";
import type { Database } from "../db/connect-database";
import { checkSocketOrigin } from "../http/security";
import { keepAlive } from "./keep-alive";
import { LiveConnections } from "./live-connections";
import { PlaybackStore } from "./playback-store";
import { SocketSender } from "./socket-sender";
import { BROWSER_SPEECH } from "./speech-output";
import { sendTurnError } from "./turn-errors";
import { TurnQueue } from "./turn-queue";
import type { PendingTurn, VoiceSessionDeps } from "./voice-deps";
import { VoiceSession } from "./voice-session";

// NUL bytes and unpaired surrogates are refused here as in every REST body.
const safeClientMessage = refuseUnsafeText(clientMessageSchema);

export type InterviewSocketDeps = Omit<VoiceSessionDeps, "log" | "playback"> & {
  db: Database;
  /** Origins besides this host allowed to open the socket (ALLOWED_ORIGINS). */
  allowedOrigins: readonly string[];
  /** A socket that answers no ping within this long is closed. */
  heartbeatMs: number;
  /** In a cluster, one live connection per interview across nodes (cluster/cluster-live-connections.ts). */
  live?: Pick<LiveConnections, "claim" | "release">;
  /** In a cluster, answers a node that died left unfinished (cluster/pending-turns.ts). */
  pendingTurns?: VoiceSessionDeps["pendingTurns"] & { take(sessionId: string): Promise<PendingTurn | null> };
};

/** `/ws/interview/{sessionId}`: the streaming interview of api.md, for the session's owner only. */
export async function registerInterviewSocket(
  app: FastifyInstance,
  deps: InterviewSocketDeps,
): Promise<void> {
  const live = deps.live ?? new LiveConnections();
  const playback = new PlaybackStore(deps.db);
  app.get(
    "/ws/interview/:id",
    {
      websocket: true,
      schema: { params: idParamsSchema, hide: true },
      // Refused before the upgrade: 401 signed out, 404 not this user's interview.
      preValidation: async (request) => {
        checkSocketOrigin(request, deps.allowedOrigins);
        const { id } = request.params as { id: string };
        await deps.interviews.store.owned(requireUser(request).id, id);
      },
    },
    async (socket, request) => {
      const { id } = request.params as { id: string };
      const user = requireUser(request);
      const sender = new SocketSender(socket);
      live.claim(id, socket);
      const stopHeartbeat = keepAlive(socket, deps.heartbeatMs);
      // One message at a time, in order; whatever fails becomes an `error` message, never a crash.
      const queue = new TurnQueue((error) => sendTurnError(sender, request.log, error, "INTERNAL_ERROR"));
      let session: VoiceSession | null = null;
      socket.on("message", (raw, isBinary) => void queue.run(() => dispatch(raw, isBinary)));
      // An oversized frame (1009) or a broken client is the client's problem, not a server error.
      socket.on("error", (error) => request.log.warn({ err: error }, "voice socket error"));
      socket.on("close", () => {
        stopHeartbeat();
        live.release(id, socket);
        session?.close();
      });
      void queue.run(async () => {
        const pending = (await deps.pendingTurns?.take(id)) ?? null;
        const detail = await deps.interviews.detail(user.id, id);
        const redriving = pending && pending.questionId === detail.question?.id ? pending : null;
        session = new VoiceSession(
          {
            userId: user.id,
            sessionId: id,
            language: detail.language,
            style: detail.setup?.style,
            question: detail.question,
          },
          sender,
          queue,
          { ...deps, playback, log: request.log },
        );
        sender.send({
          type: "session_state",
          sessionId: id,
          question: detail.question,
          audio: deps.speech?.format ?? BROWSER_SPEECH,
          speech: deps.speech ? "server" : "browser",
          stt: deps.recognizer ? "server" : "browser",
          status: detail.status,
          ...(redriving ? { resumedAnswer: redriving.questionId } : {}),
        });
        if (redriving) await session.redrive(redriving);
        else session.start();
      });

      async function dispatch(raw: unknown, isBinary: boolean) {
        // Binary frames are raw microphone audio (PCM16LE, 16 kHz, mono).
        if (isBinary) return session?.hearAudio(toBytes(raw));
        let json: unknown;
        try {
          json = JSON.parse(String(raw));
        } catch {
          return sender.error("INVALID_JSON", "Messages are JSON text frames");
        }
        const parsed = safeClientMessage.safeParse(json);
        if (!parsed.success) {
          const issue = parsed.error.issues[0];
          return sender.error("INVALID_MESSAGE", `${issue?.path.join(".") || "message"}: ${issue?.message}`);
        }
        await session?.handle(parsed.data);
      }
    },
  );
}

function toBytes(raw: unknown): Uint8Array {
  if (Array.isArray(raw)) return Buffer.concat(raw as Buffer[]);
  if (raw instanceof ArrayBuffer) return new Uint8Array(raw);
  return raw as Buffer;
}
