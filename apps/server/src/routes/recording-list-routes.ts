import { errorBodySchema, idParamsSchema, recordingInfoSchema } from "@studio/protocol";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { requireUser } from "../auth/authenticate";
import { type RecordingService, recordingInfo } from "../recording/recording-service";

const listSchema = z.object({ recordings: z.array(recordingInfoSchema) });
const usageSchema = z.object({
  bytes: z.number().int(),
  quotaBytes: z.number().int(),
  count: z.number().int(),
});

/** Which answers of a session have a recording on the server, and how much of the quota is used. */
export const recordingListRoutes =
  (recordings: RecordingService): FastifyPluginAsyncZod =>
  async (app) => {
    const errors = { 401: errorBodySchema, 404: errorBodySchema };
    app.get(
      "/api/sessions/:id/recordings",
      { schema: { tags: ["recordings"], params: idParamsSchema, response: { 200: listSchema, ...errors } } },
      async (request) => {
        const user = requireUser(request);
        await recordings.owned(user.id, request.params.id);
        return { recordings: (await recordings.listOf(user.id, request.params.id)).map(recordingInfo) };
      },
    );
    app.get(
      "/api/recordings/usage",
      { schema: { tags: ["recordings"], response: { 200: usageSchema, ...errors } } },
      async (request) => {
        const rows = await recordings.listOf(requireUser(request).id);
        const bytes = rows.reduce((sum, r) => sum + r.bytes, 0);
        return { bytes, quotaBytes: recordings.quotaBytes, count: rows.length };
      },
    );
  };
