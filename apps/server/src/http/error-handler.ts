import type { FastifyError, FastifyInstance } from "fastify";
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from "fastify-type-provider-zod";
import { ApiError } from "./api-error";

// Fastify's own error codes mapped to the contract's statuses and codes.
const FASTIFY_ERRORS: Record<string, [number, string]> = {
  FST_ERR_CTP_INVALID_JSON_BODY: [400, "INVALID_JSON"],
  FST_ERR_CTP_EMPTY_JSON_BODY: [400, "INVALID_JSON"],
  FST_ERR_CTP_BODY_TOO_LARGE: [413, "PAYLOAD_TOO_LARGE"],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [415, "UNSUPPORTED_MEDIA_TYPE"],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [400, "INVALID_CONTENT_LENGTH"],
  FST_REQ_FILE_TOO_LARGE: [413, "PAYLOAD_TOO_LARGE"],
  FST_ERR_VALIDATION: [400, "VALIDATION_ERROR"],
};

export function registerErrorHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof ApiError) {
      return reply.status(error.statusCode).send({ error: { code: error.code, message: error.message } });
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const message = error.validation
        .map(
          (issue) =>
            `${issue.instancePath.replace(/^\//, "").replaceAll("/", ".") || error.validationContext}: ${issue.message}`,
        )
        .join("; ");
      return reply.status(400).send({ error: { code: "VALIDATION_ERROR", message } });
    }
    if (isResponseSerializationError(error)) {
      request.log.error({ err: error, issues: error.cause.issues }, "response did not match its schema");
      return reply.status(500).send({ error: { code: "INTERNAL_ERROR", message: "Internal server error" } });
    }
    const known = error.code ? FASTIFY_ERRORS[error.code] : undefined;
    if (known) return reply.status(known[0]).send({ error: { code: known[1], message: error.message } });
    if (error.statusCode === 429) {
      return reply
        .status(429)
        .send({ error: { code: "RATE_LIMITED", message: "Too many requests; try again later" } });
    }
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      return reply.status(error.statusCode).send({ error: { code: "BAD_REQUEST", message: error.message } });
    }
    request.log.error({ err: error }, "unhandled error");
    return reply.status(500).send({ error: { code: "INTERNAL_ERROR", message: "Internal server error" } });
  });
}
