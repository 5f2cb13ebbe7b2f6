import { healthResponseSchema, statusResponseSchema } from "@studio/protocol";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { AppServices } from "../services";

export const statusRoutes =
  (services: AppServices): FastifyPluginAsyncZod =>
  async (app) => {
    app.get("/health", { schema: { tags: ["ops"], response: { 200: healthResponseSchema } } }, async () => ({
      status: "ok" as const,
      version: services.version,
    }));
    app.get(
      "/api/status",
      { config: { public: true }, schema: { tags: ["ops"], response: { 200: statusResponseSchema } } },
      async () => ({
        version: services.version,
        services: await services.serviceStatuses(),
        ...(services.cluster ? { cluster: await services.cluster.status() } : {}),
      }),
    );
  };
