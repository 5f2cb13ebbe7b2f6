import {
  analyzeBodySchema,
  analyzeResultSchema,
  errorBodySchema,
  idParamsSchema,
  languageSchema,
  noContentSchema,
  whiteboardDraftBodySchema,
  whiteboardDraftSchema,
  whiteboardProblemListSchema,
  whiteboardProblemSchema,
} from "@studio/protocol";
import { PROBLEMS, problemDetail, problemSummary } from "@studio/whiteboard";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { requireUser } from "../auth/authenticate";
import { notFound } from "../http/api-error";
import type { InterviewService } from "../interview/interview-service";
import type { AppServices } from "../services";
import { WhiteboardService } from "../whiteboard/whiteboard-service";

const tags = ["whiteboard"];
const lang = z.object({ lang: languageSchema.default("ko") });
const errors = {
  400: errorBodySchema,
  401: errorBodySchema,
  404: errorBodySchema,
  413: errorBodySchema,
  422: errorBodySchema,
  429: errorBodySchema,
};

/** System-design problems, analysis of a drawn scene, and the canvas autosave. */
export const whiteboardRoutes =
  (services: AppServices, interviews: InterviewService): FastifyPluginAsyncZod =>
  async (app) => {
    const whiteboard = new WhiteboardService(services.db, interviews.store);

    app.get(
      "/api/whiteboard/problems",
      {
        config: { public: true },
        schema: { tags, querystring: lang, response: { 200: whiteboardProblemListSchema, ...errors } },
      },
      async (request) => ({ problems: PROBLEMS.map((p) => problemSummary(p, request.query.lang)) }),
    );

    app.get(
      "/api/whiteboard/problems/:id",
      {
        config: { public: true },
        schema: {
          tags,
          params: idParamsSchema,
          querystring: lang,
          response: { 200: whiteboardProblemSchema, ...errors },
        },
      },
      async (request) => {
        const problem = PROBLEMS.find((p) => p.id === request.params.id);
        if (!problem) throw notFound("Problem");
        return problemDetail(problem, request.query.lang);
      },
    );

    // Stateless without a session (like /api/evaluate); stored with the interview when one is named.
    app.post(
      "/api/whiteboard/analyze",
      {
        config: { public: true, rateLimit: { max: 120, timeWindow: "1 minute" } },
        schema: {
          tags,
          body: analyzeBodySchema,
          querystring: z.object({ lang: languageSchema.optional() }),
          response: { 200: analyzeResultSchema, ...errors },
        },
      },
      async (request) => {
        const { scene, problemId, sessionId, language } = request.body;
        const user = sessionId ? requireUser(request) : request.user;
        return whiteboard.analyze({
          scene,
          problemId,
          sessionId,
          language: language ?? request.query.lang,
          userId: user?.id,
        });
      },
    );

    app.put(
      "/api/whiteboard/drafts",
      { schema: { tags, body: whiteboardDraftBodySchema, response: { 204: noContentSchema, ...errors } } },
      async (request, reply) => {
        const user = requireUser(request);
        await whiteboard.saveDraft(user.id, request.body);
        return reply.status(204).send(null);
      },
    );

    app.get(
      "/api/whiteboard/drafts/:id",
      {
        schema: {
          tags,
          params: idParamsSchema,
          querystring: z.object({ sessionId: z.string().min(1).max(64).optional() }),
          response: { 200: whiteboardDraftSchema, ...errors },
        },
      },
      async (request) => {
        const user = requireUser(request);
        return whiteboard.draft(user.id, request.params.id, request.query.sessionId);
      },
    );
  };
