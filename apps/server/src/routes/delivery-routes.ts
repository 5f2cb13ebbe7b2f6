import {
  answerDeliverySchema,
  deliverySchema,
  errorBodySchema,
  recordingParamsSchema,
} from "@studio/protocol";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { requireUser } from "../auth/authenticate";
import type { AnswerDeliveries } from "../interview/answer-deliveries";

const errors = { 400: errorBodySchema, 401: errorBodySchema, 404: errorBodySchema };

/**
 * An answer's delivery measured after the answer was sent (the browser analyses the recording while
 * the interview goes on). Owner only; the answer must be stored. Replaces an earlier measurement.
 */
export const deliveryRoutes =
  (deliveries: AnswerDeliveries): FastifyPluginAsyncZod =>
  async (app) => {
    app.put(
      "/api/sessions/:id/answers/:questionId/delivery",
      {
        schema: {
          tags: ["interview"],
          params: recordingParamsSchema,
          body: deliverySchema,
          response: { 200: answerDeliverySchema, ...errors },
        },
      },
      async (request) => {
        const { id, questionId } = request.params;
        await deliveries.attach(requireUser(request).id, id, questionId, request.body);
        return { questionId, delivery: request.body };
      },
    );
  };
