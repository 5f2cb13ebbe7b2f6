import type { IncomingMessage } from "node:http";
import send from "@fastify/send";
import {
  errorBodySchema,
  recordingContentTypes,
  recordingInfoSchema,
  recordingParamsSchema,
} from "@studio/protocol";
import type { FastifyInstance, FastifyReply } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { requireUser } from "../auth/authenticate";
import { parseByteRange } from "../recording/byte-range";
import type { RecordingContentType, RecordingService } from "../recording/recording-service";
import { FileRecordingStore, keySegment } from "../recording/recording-store";

const tags = ["recordings"];
const path = "/api/sessions/:id/answers/:questionId/recording";
const errors = {
  400: errorBodySchema,
  401: errorBodySchema,
  404: errorBodySchema,
  413: errorBodySchema,
  415: errorBodySchema,
};

const unsupported = {
  error: {
    code: "UNSUPPORTED_MEDIA_TYPE",
    message: `A recording is one of ${recordingContentTypes.join(", ")}`,
  },
};

const recordingMissing = { error: { code: "NOT_FOUND", message: "Recording not found" } };

/** "video/webm;codecs=vp8,opus" -> "video/webm". */
const baseType = (header: string | undefined) => (header ?? "").split(";")[0]!.trim().toLowerCase();

/**
 * Answer recordings kept on the server: PUT the bytes (one of four media types, at most
 * RECORDING_MAX_BYTES), GET them back with Range support for seeking, DELETE them. Owner only.
 * Also removes a session's or an account's recording files once those are deleted.
 */
export const recordingRoutes =
  (recordings: RecordingService, limits: { maxBytes: number }): FastifyPluginAsyncZod =>
  async (app) => {
    // Scoped to this plugin: elsewhere these media types stay unsupported.
    app.addContentTypeParser(
      [...recordingContentTypes],
      { parseAs: "buffer", bodyLimit: limits.maxBytes },
      (_request, body, done) => done(null, body),
    );

    // Refuse another media type before its body is read or parsed (JSON would fail as 400 otherwise).
    app.addHook("onRequest", async (request, reply) => {
      if (request.method !== "PUT") return;
      if (!(recordingContentTypes as readonly string[]).includes(baseType(request.headers["content-type"]))) {
        return reply.status(415).send(unsupported);
      }
    });

    app.put(
      path,
      {
        bodyLimit: limits.maxBytes,
        schema: { tags, params: recordingParamsSchema, response: { 201: recordingInfoSchema, ...errors } },
      },
      async (request, reply) => {
        const user = requireUser(request);
        const type = baseType(request.headers["content-type"]);
        const body = request.body;
        if (!(recordingContentTypes as readonly string[]).includes(type) || !Buffer.isBuffer(body)) {
          return reply.status(415).send(unsupported);
        }
        const { id, questionId } = request.params;
        const info = await recordings.save(user.id, id, questionId, type as RecordingContentType, body);
        return reply.status(201).send(info);
      },
    );

    app.get(
      path,
      // No response schema: the body is the recording's bytes (200 or 206), from disk or the bucket.
      { schema: { tags, params: recordingParamsSchema } },
      async (request, reply) => {
        const user = requireUser(request);
        const row = await recordings.find(user.id, request.params.id, request.params.questionId);
        reply.header("cache-control", "private, no-store");
        if (recordings.store instanceof FileRecordingStore) {
          return sendFile(request.raw, reply, recordings.store.pathOf(row.storageKey), row.contentType);
        }
        const range = parseByteRange(request.headers.range, row.bytes);
        if (range === "unsatisfiable") return rangeNotSatisfiable(reply, `bytes */${row.bytes}`);
        const stored = await recordings.store.read(row.storageKey, range);
        if (stored.kind === "missing") return reply.status(404).send(recordingMissing);
        reply.header("accept-ranges", "bytes").header("content-type", row.contentType);
        if (range) {
          reply.status(206).header("content-range", `bytes ${range.start}-${range.end}/${row.bytes}`);
        }
        reply.header("content-length", range ? range.end - range.start + 1 : row.bytes);
        return reply.send(stored.body);
      },
    );

    app.delete(
      path,
      { schema: { tags, params: recordingParamsSchema, response: { 204: z.null(), ...errors } } },
      async (request, reply) => {
        await recordings.remove(requireUser(request).id, request.params.id, request.params.questionId);
        return reply.status(204).send(null);
      },
    );
  };

/** A file on local disk: @fastify/send answers Range (206 / 416), conditional requests and HEAD. */
async function sendFile(raw: IncomingMessage, reply: FastifyReply, path: string, contentType: string) {
  const result = await send(raw, path, {
    acceptRanges: true,
    cacheControl: false,
    etag: true,
    lastModified: true,
    dotfiles: "allow",
  });
  if (result.statusCode >= 400) {
    (result.stream as { destroy?: () => void }).destroy?.();
    if (result.statusCode === 416) return rangeNotSatisfiable(reply, String(result.headers["content-range"]));
    return reply.status(404).send(recordingMissing);
  }
  reply.status(result.statusCode).headers(result.headers);
  reply.header("cache-control", "private, no-store");
  if (result.statusCode < 300) reply.header("content-type", contentType);
  return reply.send(result.stream);
}

function rangeNotSatisfiable(reply: FastifyReply, contentRange: string) {
  return reply
    .status(416)
    .header("content-range", contentRange)
    .send({
      error: { code: "RANGE_NOT_SATISFIABLE", message: "The requested range is outside the recording" },
    });
}

/**
 * The rows go with the session and the account (ON DELETE CASCADE); the files follow here, after
 * either delete answered 204. Registered on the root so it sees those routes.
 */
export function registerRecordingCleanup(app: FastifyInstance, recordings: RecordingService): void {
  app.addHook("onResponse", async (request, reply) => {
    if (request.method !== "DELETE" || reply.statusCode !== 204 || !request.user) return;
    const url = request.url.split("?")[0]!;
    const user = keySegment(request.user.id);
    const session = /^\/api\/sessions\/([^/]+)$/.exec(url);
    if (session)
      await recordings.store.removePrefix(`${user}/${keySegment(decodeURIComponent(session[1]!))}`);
    else if (url === "/api/auth/me") await recordings.store.removePrefix(user);
  });
}
