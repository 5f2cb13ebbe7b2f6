import { errorBodySchema, idParamsSchema, submissionListSchema } from "@studio/protocol";
import { and, desc, eq } from "drizzle-orm";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { requireUser } from "../auth/authenticate";
import { codingSubmissions } from "../db/schema";
import { notFound } from "../http/api-error";
import type { AppServices } from "../services";

const tags = ["coding"];
const errors = { 400: errorBodySchema, 401: errorBodySchema, 404: errorBodySchema };

/** The candidate's own coding submissions, those made outside an interview included; deletable one by one. */
export const submissionRoutes =
  ({ db }: AppServices): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/api/coding/submissions",
      { schema: { tags, response: { 200: submissionListSchema, ...errors } } },
      async (request) => {
        const rows = await db
          .select()
          .from(codingSubmissions)
          .where(eq(codingSubmissions.userId, requireUser(request).id))
          .orderBy(desc(codingSubmissions.createdAt))
          .limit(500);
        return {
          submissions: rows.map((row) => ({
            id: row.id,
            problemId: row.problemId,
            language: row.language,
            verdict: row.verdict,
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
        const deleted = await db
          .delete(codingSubmissions)
          .where(
            and(
              eq(codingSubmissions.id, request.params.id),
              eq(codingSubmissions.userId, requireUser(request).id),
            ),
          )
          .returning({ id: codingSubmissions.id });
        if (deleted.length === 0) throw notFound("Submission");
        return reply.status(204).send(null);
      },
    );
  };
