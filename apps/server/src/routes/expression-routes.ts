import {
  expressionBatchResultSchema,
  expressionBatchSchema,
  expressionListSchema,
  expressionSummarySchema,
  expressionTrendSchema,
  idParamsSchema,
} from "@studio/protocol";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { requireUser } from "../auth/authenticate";
import type { ExpressionService } from "../expressions/expression-service";
import { errorResponses } from "../http/error-responses";

const tags = ["expressions"];
const errors = errorResponses(400, 401, 404, 413, 429);

/** On-device expression samples of an interview (numbers only), their summary, and the history trend. */
export const expressionRoutes =
  (expressions: ExpressionService): FastifyPluginAsyncZod =>
  async (app) => {
    app.post(
      "/api/sessions/:id/expressions",
      {
        bodyLimit: 256 * 1024,
        schema: {
          tags,
          params: idParamsSchema,
          body: expressionBatchSchema,
          response: { 202: expressionBatchResultSchema, ...errors },
        },
      },
      async (request, reply) => {
        const user = requireUser(request);
        const result = await expressions.record(user.id, request.params.id, request.body.samples);
        return reply.status(202).send(result);
      },
    );

    app.get(
      "/api/sessions/:id/expressions",
      { schema: { tags, params: idParamsSchema, response: { 200: expressionListSchema, ...errors } } },
      async (request) => ({ samples: await expressions.list(requireUser(request).id, request.params.id) }),
    );

    app.get(
      "/api/sessions/:id/expressions/summary",
      { schema: { tags, params: idParamsSchema, response: { 200: expressionSummarySchema, ...errors } } },
      async (request) => expressions.summary(requireUser(request).id, request.params.id),
    );

    app.get(
      "/api/expressions/trend",
      { schema: { tags, response: { 200: expressionTrendSchema, ...errors } } },
      async (request) => expressions.trend(requireUser(request).id),
    );
  };
