import {
  errorBodySchema,
  executeBodySchema,
  executeResultSchema,
  languageSchema,
  problemDetailSchema,
  problemListSchema,
  submissionBodySchema,
  submissionResultSchema,
} from "@studio/protocol";
import {
  InvalidSubmissionError,
  type ProblemSet,
  type Sandbox,
  SandboxBusyError,
  SandboxFailure,
  SandboxUnavailableError,
} from "@studio/sandbox";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { requireUser } from "../auth/authenticate";
import { submissionDeadlines } from "../coding/submission-deadline";
import { cleanResult } from "../coding/submission-failures";
import { SubmissionStore } from "../coding/submission-store";
import { ApiError, notFound } from "../http/api-error";
import type { InterviewService } from "../interview/interview-service";
import type { AppServices } from "../services";

const tags = ["coding"];
const lang = z.object({ lang: languageSchema.default("ko") });
const errors = {
  400: errorBodySchema,
  401: errorBodySchema,
  404: errorBodySchema,
  413: errorBodySchema,
  429: errorBodySchema,
  503: errorBodySchema,
};

/** The sandbox's refusals as the contract's errors. */
function sandboxError(error: unknown): never {
  if (error instanceof SandboxBusyError)
    throw new ApiError(429, "SANDBOX_BUSY", "Too many programs are running; try again shortly");
  if (error instanceof InvalidSubmissionError) throw new ApiError(413, "PAYLOAD_TOO_LARGE", error.message);
  if (error instanceof SandboxUnavailableError || error instanceof SandboxFailure) {
    throw new ApiError(503, "SANDBOX_UNAVAILABLE", error.message);
  }
  throw error;
}

export const codingRoutes =
  (
    services: AppServices,
    sandbox: Sandbox,
    problems: ProblemSet,
    interviews: InterviewService,
  ): FastifyPluginAsyncZod =>
  async (app) => {
    const { db, config } = services;
    const submissions = new SubmissionStore(db);
    const deadlines = submissionDeadlines(services);
    app.get(
      "/api/coding/problems",
      {
        config: { public: true },
        schema: { tags, querystring: lang, response: { 200: problemListSchema, ...errors } },
      },
      async (request) => ({ problems: problems.list(request.query.lang) }),
    );

    app.get(
      "/api/coding/problems/:id",
      {
        config: { public: true },
        schema: {
          tags,
          params: z.object({ id: z.string().max(64) }),
          querystring: lang,
          response: { 200: problemDetailSchema, ...errors },
        },
      },
      async (request) =>
        problems.detail(request.params.id, request.query.lang) ?? Promise.reject(notFound("Problem")),
    );

    app.post(
      "/api/coding/execute",
      {
        config: { rateLimit: { max: config.EXECUTE_PER_MINUTE, timeWindow: "1 minute" } },
        schema: { tags, body: executeBodySchema, response: { 200: executeResultSchema, ...errors } },
      },
      async (request) => {
        requireUser(request);
        return sandbox.execute(request.body).catch(sandboxError);
      },
    );

    app.post(
      "/api/coding/submissions",
      {
        config: { rateLimit: { max: config.SUBMIT_PER_MINUTE, timeWindow: "1 minute" } },
        schema: {
          tags,
          body: submissionBodySchema,
          querystring: lang,
          response: { 200: submissionResultSchema, ...errors },
        },
      },
      async (request) => {
        const user = requireUser(request);
        const { problemId, language, source, sessionId } = request.body;
        const problem = problems.get(problemId);
        if (!problem) throw notFound("Problem");
        // A submission counted in an interview's report must be for one of the user's own interviews.
        if (sessionId) await interviews.store.owned(user.id, sessionId);
        const submission = await submissions.begin({
          userId: user.id,
          sessionId: sessionId ?? null,
          problemId,
          language,
          deadlineAt: deadlines.deadlineFor(problem, language),
        });
        const judged = await sandbox
          .judge(problem, { language, source, locale: request.query.lang, runId: submission })
          .catch(async (error) => {
            await submissions.abandon(submission);
            return sandboxError(error);
          });
        const result = cleanResult(judged);
        await submissions.finish(submission, result);
        return result;
      },
    );
  };
