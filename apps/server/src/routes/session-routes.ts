import { evaluateAnswer } from "@studio/interview";
import {
  answerHeadersSchema,
  createSessionBodySchema,
  createSessionResponseSchema,
  endSessionResponseSchema,
  errorBodySchema,
  evaluateBodySchema,
  evaluationSchema,
  idParamsSchema,
  pendingResponseSchema,
  reportSchema,
  sessionDetailSchema,
  sessionListResponseSchema,
  submitAnswerBodySchema,
  submitAnswerResponseSchema,
} from "@studio/protocol";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { requireUser } from "../auth/authenticate";

const tags = ["interview"];
const errors = { 400: errorBodySchema, 401: errorBodySchema, 404: errorBodySchema, 409: errorBodySchema };

/** Interviews over REST; the service is the `interviews` decorator (see services-plugin.ts). */
export const sessionRoutes: FastifyPluginAsyncZod<{ evaluatePerMinute: number }> = async (app, limits) => {
  const { interviews } = app;
  app.post(
    "/api/sessions",
    {
      schema: {
        tags,
        body: createSessionBodySchema,
        response: { 201: createSessionResponseSchema, ...errors },
      },
    },
    async (request, reply) => {
      const { id, question } = await interviews.create(requireUser(request).id, request.body);
      return reply.status(201).send({ id, status: "active" as const, question });
    },
  );

  app.get(
    "/api/sessions",
    { schema: { tags, response: { 200: sessionListResponseSchema, ...errors } } },
    async (request) => ({
      sessions: await interviews.store.list(requireUser(request).id),
    }),
  );

  app.get(
    "/api/sessions/:id",
    { schema: { tags, params: idParamsSchema, response: { 200: sessionDetailSchema, ...errors } } },
    async (request) => interviews.detail(requireUser(request).id, request.params.id),
  );

  app.post(
    "/api/sessions/:id/answers",
    {
      schema: {
        tags,
        params: idParamsSchema,
        body: submitAnswerBodySchema,
        headers: answerHeadersSchema,
        response: { 200: submitAnswerResponseSchema, ...errors, 422: errorBodySchema },
      },
    },
    async (request) =>
      interviews.submitAnswer(
        requireUser(request).id,
        request.params.id,
        request.body,
        undefined,
        request.headers["idempotency-key"],
      ),
  );

  app.post(
    "/api/sessions/:id/end",
    { schema: { tags, params: idParamsSchema, response: { 200: endSessionResponseSchema, ...errors } } },
    async (request) => {
      await interviews.end(requireUser(request).id, request.params.id);
      return { status: "completed" as const };
    },
  );

  app.get(
    "/api/sessions/:id/report",
    {
      schema: {
        tags,
        params: idParamsSchema,
        response: { 200: reportSchema, 202: pendingResponseSchema, ...errors },
      },
    },
    async (request, reply) => {
      const result = await interviews.report(requireUser(request).id, request.params.id);
      if (result.ready) return result.report;
      return reply.status(202).send({ status: "pending" as const });
    },
  );

  app.delete(
    "/api/sessions/:id",
    { schema: { tags, params: idParamsSchema, response: { 204: z.null(), ...errors } } },
    async (request, reply) => {
      await interviews.remove(requireUser(request).id, request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.post(
    "/api/evaluate",
    {
      // The rule engine is synchronous CPU: signed-in users only, a few calls a second each.
      config: { rateLimit: { max: limits.evaluatePerMinute, timeWindow: "1 minute" } },
      schema: { tags, body: evaluateBodySchema, response: { 200: evaluationSchema, ...errors } },
    },
    async (request) => {
      requireUser(request);
      return evaluateAnswer(request.body);
    },
  );
};
