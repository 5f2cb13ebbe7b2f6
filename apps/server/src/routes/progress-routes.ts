import { errorBodySchema, progressSchema } from "@studio/protocol";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { requireUser } from "../auth/authenticate";
import { readProgress } from "../progress/read-progress";
import type { AppServices } from "../services";

/** `GET /api/progress`: the signed-in candidate's trends, weakest category, bests and coding marks. */
export const progressRoutes =
  ({ db }: AppServices): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/api/progress",
      { schema: { tags: ["interview"], response: { 200: progressSchema, 401: errorBodySchema } } },
      async (request) => readProgress(db, requireUser(request).id),
    );
  };
