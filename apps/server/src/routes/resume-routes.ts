import multipart from "@fastify/multipart";
import {
  errorBodySchema,
  idParamsSchema,
  resumeDetailSchema,
  resumeListResponseSchema,
  resumePatchBodySchema,
  resumeUploadResponseSchema,
} from "@studio/protocol";
import { MAX_RESUME_BYTES } from "@studio/resume";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { requireUser } from "../auth/authenticate";
import { readResumeUpload } from "../resume/read-resume-upload";
import { ResumeService, type ResumeServiceOptions } from "../resume/resume-service";
import type { AppServices } from "../services";

const tags = ["resumes"];
const errors = { 400: errorBodySchema, 401: errorBodySchema, 404: errorBodySchema };
const uploadErrors = { ...errors, 413: errorBodySchema, 415: errorBodySchema, 422: errorBodySchema };

/** Resume upload, status, list and deletion. Multipart is accepted by these routes only. */
export const resumeRoutes =
  (
    { db, queue, config }: Pick<AppServices, "db" | "queue" | "config">,
    options?: ResumeServiceOptions,
  ): FastifyPluginAsyncZod =>
  async (app) => {
    const service = new ResumeService(db, queue, options);
    await app.register(multipart, {
      // One PDF and hardly any fields; the file is read into memory, never onto disk.
      limits: { fileSize: MAX_RESUME_BYTES, files: 1, fields: 4, parts: 5, fieldSize: 1024 },
    });

    app.post(
      "/api/resumes",
      {
        // Reading a PDF costs a child process for up to seconds: a user gets a few uploads an hour.
        config: { rateLimit: { max: config.RESUME_UPLOADS_PER_HOUR, timeWindow: "1 hour" } },
        schema: {
          tags,
          description: 'multipart/form-data with the resume PDF (at most 10 MB) in the field "file"',
          consumes: ["multipart/form-data"],
          response: { 201: resumeUploadResponseSchema, ...uploadErrors },
        },
      },
      async (request, reply) => {
        const user = requireUser(request);
        const upload = await readResumeUpload(request);
        return reply.status(201).send(await service.upload(user.id, upload));
      },
    );

    app.get(
      "/api/resumes",
      { schema: { tags, response: { 200: resumeListResponseSchema, ...errors } } },
      async (request) => ({ resumes: await service.list(requireUser(request).id) }),
    );

    app.get(
      "/api/resumes/:id",
      { schema: { tags, params: idParamsSchema, response: { 200: resumeDetailSchema, ...errors } } },
      async (request) => service.detail(requireUser(request).id, request.params.id),
    );

    app.patch(
      "/api/resumes/:id",
      {
        schema: {
          tags,
          params: idParamsSchema,
          body: resumePatchBodySchema,
          response: { 200: resumeDetailSchema, ...errors, 409: errorBodySchema },
        },
      },
      async (request) => service.patch(requireUser(request).id, request.params.id, request.body),
    );

    app.delete(
      "/api/resumes/:id",
      { schema: { tags, params: idParamsSchema, response: { 204: z.null(), ...errors } } },
      async (request, reply) => {
        await service.remove(requireUser(request).id, request.params.id);
        return reply.status(204).send(null);
      },
    );
  };
