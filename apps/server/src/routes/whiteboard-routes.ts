import {
  analyzeBodySchema,
  analyzeResultSchema,
  errorBodySchema,
  generateProblemBodySchema,
  idParamsSchema,
  languageSchema,
  MAX_DIAGRAM_IMAGE_CHARS,
  MAX_SCENE_BYTES,
  noContentSchema,
  whiteboardDraftBodySchema,
  whiteboardDraftSchema,
  whiteboardProblemListSchema,
  whiteboardProblemSchema,
  whiteboardRoundSchema,
} from "@studio/protocol";
import { llmReadsImages } from "@studio/providers";
import { PROBLEMS, problemSummary } from "@studio/whiteboard";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { requireUser } from "../auth/authenticate";
import { notFound } from "../http/api-error";
import type { InterviewService } from "../interview/interview-service";
import { rebuildReport } from "../interview/rebuild-report";
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
/** An analysis carries the scene (checked against its own 1 MB limit, 413) and maybe the PNG. */
const ANALYZE_BODY_LIMIT = MAX_SCENE_BYTES + MAX_DIAGRAM_IMAGE_CHARS + 64 * 1024;

/** System-design problems, analysis of a drawn scene, and the canvas autosave. */
export const whiteboardRoutes =
  (services: AppServices, interviews: InterviewService): FastifyPluginAsyncZod =>
  async (app) => {
    const { llm, config } = services;
    const reviewer = llm
      ? { llm, vision: llmReadsImages(config), timeoutMs: config.LLM_EVALUATION_TIMEOUT_MS }
      : null;
    const whiteboard = new WhiteboardService(services.db, interviews.store, reviewer, (sessionId) => {
      void rebuildReport(services.queue, app.log, sessionId, "a late system-design board");
    });

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
        // A generated problem is its author's alone: anyone else (or no one signed in) gets 404.
        const problem = await whiteboard.problems.detail(
          request.params.id,
          request.user?.id,
          request.query.lang,
        );
        if (!problem) throw notFound("Problem");
        return problem;
      },
    );

    app.post(
      "/api/whiteboard/problems/generate",
      {
        config: { rateLimit: { max: 10, timeWindow: "1 minute" } },
        schema: {
          tags,
          body: generateProblemBodySchema,
          response: { 201: whiteboardProblemSchema, ...errors, 502: errorBodySchema, 503: errorBodySchema },
        },
      },
      async (request, reply) => {
        const user = requireUser(request);
        const problem = await whiteboard.generateProblem(user.id, request.body);
        return reply.status(201).send(problem);
      },
    );

    // Stateless without a session (like /api/evaluate); stored with the interview when one is named.
    app.post(
      "/api/whiteboard/analyze",
      {
        bodyLimit: ANALYZE_BODY_LIMIT,
        config: { public: true, rateLimit: { max: 120, timeWindow: "1 minute" } },
        schema: {
          tags,
          body: analyzeBodySchema,
          querystring: z.object({ lang: languageSchema.optional() }),
          response: { 200: analyzeResultSchema, ...errors },
        },
      },
      async (request) => {
        const { scene, problemId, sessionId, language, image } = request.body;
        const user = sessionId ? requireUser(request) : request.user;
        return whiteboard.analyze({
          scene,
          problemId,
          sessionId,
          language: language ?? request.query.lang,
          userId: user?.id,
          image,
        });
      },
    );

    // The interview's design round: its first opening starts the clock; later ones read the same deadline.
    app.post(
      "/api/whiteboard/rounds/:id",
      { schema: { tags, params: idParamsSchema, response: { 200: whiteboardRoundSchema, ...errors } } },
      async (request) => {
        const user = requireUser(request);
        const session = await interviews.store.owned(user.id, request.params.id);
        return whiteboard.rounds.open(session);
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
