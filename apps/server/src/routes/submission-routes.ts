import { errorBodySchema, idParamsSchema, submissionListSchema } from "@studio/protocol";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { requireUser } from "../auth/authenticate";
import { submissionFailure } from "../coding/submission-failures";
import { SubmissionStore } from "../coding/submission-store";
import { notFound } from "../http/api-error";
import type { AppServices } from "../services";

const tags = ["coding"];
const errors = { 400: errorBodySchema, 401: errorBodySchema, 404: errorBodySchema };

/** The candidate's own coding submissions, those made outside an interview included; deletable one by one. */
export const submissionRoutes =
  ({ db }: AppServices): FastifyPluginAsyncZod =>
  async (app) => {
    const submissions = new SubmissionStore(db);
    app.get(
      "/api/coding/submissions",
      { schema: { tags, response: { 200: submissionListSchema, ...errors } } },
      async (request) => {
        const rows = await submissions.listOwn(requireUser(request).id);
        return {
          submissions: rows.map((row) => ({
            id: row.id,
            problemId: row.problemId,
            language: row.language,
            verdict: row.verdict ?? (row.status === "failed" ? "failed" : "pending"),
            status: row.status,
            ...(row.status === "failed" ? { error: submissionFailure(row.errorCode) } : {}),
            sessionId: row.sessionId,
            createdAt: row.createdAt.toISOString(),
          })),
        };
      },
    );

    app.delete(
      "/api/coding/submissions/:id",
      { schema: { tags, params: idParamsSchema, response: { 204: z.null(), ...errors } } },
      async (request, reply) => {
        const removed = await submissions.removeOwn(requireUser(request).id, request.params.id);
        if (!removed) throw notFound("Submission");
        return reply.status(204).send(null);
      },
    );
  };
