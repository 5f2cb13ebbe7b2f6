import type { FastifyInstance } from "fastify";
import { Gauge, type Registry } from "prom-client";
import { panelRoutes } from "../routes/panel-routes";
import { type AppServices, sessionSecret } from "../services";
import { InviteTokens } from "./invite-tokens";
import { PanelEvaluator } from "./panel-evaluator";
import { PanelRelay } from "./panel-relay";
import { PanelRooms } from "./panel-rooms";
import { PanelService } from "./panel-service";
import { registerPanelSocket } from "./panel-socket";
import { PanelStore } from "./panel-store";

/** Panel interviews: REST, the room's socket and its periodic evaluation, over the shared services. */
export async function registerPanels(
  app: FastifyInstance,
  services: AppServices,
  metrics?: Registry,
): Promise<void> {
  const { config } = services;
  const baseUrl = `http://${config.HOST === "0.0.0.0" ? "localhost" : config.HOST}:${config.PORT}`;
  const service = new PanelService(
    new PanelStore(services.db),
    new InviteTokens(sessionSecret(config)),
    new PanelEvaluator(services.llm, app.log),
    {
      inviteTtlMs: config.PANEL_INVITE_TTL_HOURS * 3_600_000,
      publicUrl: (config.PUBLIC_URL ?? baseUrl).replace(/\/$/, ""),
      stt: services.recognizer ? "server" : "browser",
      diarization: services.diarizer?.name ?? null,
      limits: {
        utterances: config.PANEL_MAX_UTTERANCES,
        transcriptChars: config.PANEL_MAX_TRANSCRIPT_CHARS,
        notes: config.PANEL_MAX_NOTES,
      },
    },
  );
  // With Redis, a panel's participants may be on several API nodes: their rooms speak through it.
  const relay = config.REDIS_URL ? await PanelRelay.create(config.REDIS_URL) : null;
  if (relay) app.addHook("onClose", async () => relay.close());
  const rooms = new PanelRooms(
    { service, intervalMs: config.PANEL_EVALUATION_INTERVAL_MS, log: app.log, ...(relay ? { relay } : {}) },
    config.PANEL_ROOM_IDLE_MS,
  );
  if (metrics) {
    new Gauge({
      name: "panel_rooms_live",
      help: "Live panel rooms held in this process's memory",
      registers: [metrics],
      collect() {
        this.set(rooms.size);
      },
    });
  }
  app.addHook("onClose", async () => rooms.closeAll());
  await app.register(panelRoutes(service, rooms));
  registerPanelSocket(app, {
    service,
    rooms,
    recognizer: services.recognizer,
    diarizer: services.diarizer,
    allowedOrigins: config.ALLOWED_ORIGINS,
    heartbeatMs: config.WS_HEARTBEAT_SECONDS * 1000,
  });
}
