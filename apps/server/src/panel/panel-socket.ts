import type {} from "@fastify/websocket";
import {
  idParamsSchema,
  panelClientMessageSchema,
  panelInviteQuerySchema,
  refuseUnsafeText,
} from "@studio/protocol";
import type { SpeechRecognizer } from "@studio/providers";
import type { FastifyInstance, FastifyRequest } from "fastify";
import { ApiError } from "../http/api-error";
import { checkSocketOrigin } from "../http/security";
import { keepAlive } from "../voice/keep-alive";
import { TurnQueue } from "../voice/turn-queue";
import type { Diarizer } from "./diarization";
import { resolveViewer } from "./panel-access";
import { PanelAudio } from "./panel-audio";
import type { PanelRooms } from "./panel-rooms";
import type { PanelService } from "./panel-service";
import type { Connection } from "./room-rules";

const safeMessage = refuseUnsafeText(panelClientMessageSchema);

export interface PanelSocketDeps {
  service: PanelService;
  rooms: PanelRooms;
  recognizer: SpeechRecognizer | null;
  diarizer: Diarizer | null;
  allowedOrigins: readonly string[];
  heartbeatMs: number;
}

const viewerOf = (deps: PanelSocketDeps, request: FastifyRequest) => {
  const { id } = request.params as { id: string };
  const { invite } = request.query as { invite?: string };
  return resolveViewer(deps.service.store, deps.service.tokens, id, { userId: request.user?.id, invite });
};

/** `/ws/panel/{panelId}?invite=TOKEN` (or the creator's login): one participant's connection to the room. */
export function registerPanelSocket(app: FastifyInstance, deps: PanelSocketDeps): void {
  app.get(
    "/ws/panel/:id",
    {
      websocket: true,
      schema: { params: idParamsSchema, querystring: panelInviteQuerySchema, hide: true },
      // Refused before the upgrade: 401 no login or a bad/expired link, 404 unknown or not yours.
      preValidation: async (request) => {
        checkSocketOrigin(request, deps.allowedOrigins);
        await viewerOf(deps, request);
      },
    },
    async (socket, request) => {
      const { panel, me } = await viewerOf(deps, request);
      const room = deps.rooms.get(panel.id);
      const stopHeartbeat = keepAlive(socket, deps.heartbeatMs);
      const audio = deps.recognizer
        ? new PanelAudio(
            deps.recognizer,
            panel.mode === "shared_room" ? deps.diarizer : null,
            panel.language,
            (speech) => connection && void room.heard(connection, speech.text, speech.voice).catch(fail),
            (message) => connection && room.send(connection, { type: "error", code: "STT_FAILED", message }),
          )
        : null;
      // Messages arriving before the join finished wait for it, in order.
      const pending: Array<{ raw: unknown; isBinary: boolean }> = [];
      let ready = false;
      // One message at a time, in order: a ping is answered after everything sent before it.
      const queue = new TurnQueue((error) => fail(error));
      const run = (raw: unknown, isBinary: boolean) => void queue.run(() => dispatch(raw, isBinary));
      socket.on("message", (raw, isBinary) => {
        if (!ready) pending.push({ raw, isBinary });
        else run(raw, isBinary);
      });
      socket.on("error", (error) => request.log.warn({ err: error }, "panel socket error"));
      let connection: Connection | undefined;
      let closed = false;
      socket.on("close", () => {
        closed = true;
        stopHeartbeat();
        if (connection) room.leave(connection);
        else audio?.close();
      });
      const joined = await room.join(socket, me, audio);
      connection = joined;
      if (closed) return room.leave(joined);
      ready = true;
      for (const item of pending.splice(0)) run(item.raw, item.isBinary);

      function fail(error: unknown) {
        if (!connection) return;
        if (error instanceof ApiError)
          return room.send(connection, { type: "error", code: error.code, message: error.message });
        request.log.error({ err: error }, "panel message failed");
        room.send(connection, {
          type: "error",
          code: "INTERNAL_ERROR",
          message: "Something went wrong handling that message",
        });
      }

      async function dispatch(raw: unknown, isBinary: boolean) {
        try {
          if (!connection) return;
          if (isBinary) return room.hearAudio(connection, toBytes(raw));
          let json: unknown;
          try {
            json = JSON.parse(String(raw));
          } catch {
            throw new ApiError(400, "INVALID_JSON", "Messages are JSON text frames");
          }
          const parsed = safeMessage.safeParse(json);
          if (!parsed.success) {
            const issue = parsed.error.issues[0];
            throw new ApiError(
              400,
              "INVALID_MESSAGE",
              `${issue?.path.join(".") || "message"}: ${issue?.message}`,
            );
          }
          await room.handle(connection, parsed.data);
        } catch (error) {
          fail(error);
        }
      }
    },
  );
}

function toBytes(raw: unknown): Uint8Array {
  if (Array.isArray(raw)) return Buffer.concat(raw as Buffer[]);
  if (raw instanceof ArrayBuffer) return new Uint8Array(raw);
  return raw as Buffer;
}
