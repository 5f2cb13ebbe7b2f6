import { errorBodySchema, idParamsSchema, postingBodySchema, postingSchema } from "@studio/protocol";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { requireUser } from "../auth/authenticate";
import { PostingService, postingView } from "../posting/posting-service";
import type { AppServices } from "../services";

const tags = ["postings"];
const errors = { 400: errorBodySchema, 401: errorBodySchema, 404: errorBodySchema };

/** Job postings pasted as text: read into role, required and preferred skills, duties and values. */
export const postingRoutes =
  ({ db }: Pick<AppServices, "db">): FastifyPluginAsyncZod =>
  async (app) => {
    const service = new PostingService(db);
    app.post(
      "/api/postings",
      { schema: { tags, body: postingBodySchema, response: { 201: postingSchema, ...errors } } },
      async (request, reply) =>
        reply.status(201).send(await service.create(requireUser(request).id, request.body)),
    );
    app.get(
      "/api/postings/:id",
      { schema: { tags, params: idParamsSchema, response: { 200: postingSchema, ...errors } } },
      async (request) => postingView(await service.owned(requireUser(request).id, request.params.id)),
    );
  };
