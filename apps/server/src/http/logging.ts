import type { FastifyServerOptions } from "fastify";
import { stdSerializers } from "pino";

/**
 * What never reaches the log: login tokens, cookies, passwords and their hashes, mailed tokens, and a
 * candidate's answer text, wherever they sit in a logged object (pino `redact`, censored in place).
 */
export const REDACTED_PATHS = [
  "req.headers.authorization",
  "req.headers.cookie",
  'res.headers["set-cookie"]',
  "*.password",
  "*.currentPassword",
  "*.newPassword",
  "*.passwordHash",
  "*.password_hash",
  "*.token",
  "*.tokenHash",
  "*.text",
  "*.answer",
  "*.transcript",
  "*.source",
  "*.params",
  "*.parameters",
];

/** The URL without its query string: `?token=` of a WebSocket URL is a live login. */
export function withoutQuery(url: string | undefined): string | undefined {
  return url?.split("?")[0];
}

// "Failed query: ... params: <every value bound to the query>" is how drizzle words its errors.
const PARAMS_TEXT = /\nparams: [\s\S]*?(?=\n {4}at |$)/;

/**
 * An error as pino writes it, without what a failed query was given: drizzle puts the bound values
 * (a password hash, an email, an answer) in `params` and in its message; PostgreSQL puts the
 * offending value in `detail`. The SQL text and the error code stay: they are what a fix needs.
 */
export function safeError(error: unknown, depth = 0): unknown {
  if (!(error instanceof Error) || depth > 4) return error;
  const serialized = stdSerializers.err(error) as unknown as Record<string, unknown>;
  for (const key of ["params", "parameters", "detail", "where"]) delete serialized[key];
  for (const key of ["message", "stack"]) {
    if (typeof serialized[key] === "string")
      serialized[key] = (serialized[key] as string).replace(PARAMS_TEXT, "");
  }
  if (error.cause instanceof Error) serialized.cause = safeError(error.cause, depth + 1);
  return serialized;
}

const safeErrorRecord = (error: Error) =>
  safeError(error) as { type: string; message: string; stack: string; [key: string]: unknown };

export function loggerOptions(
  level: string,
  stream?: { write(line: string): void },
): FastifyServerOptions["logger"] {
  return {
    level,
    ...(stream ? { stream } : {}),
    redact: { paths: REDACTED_PATHS, censor: "[redacted]" },
    serializers: {
      req: (request) => ({
        method: request.method,
        url: withoutQuery(request.url),
        remoteAddress: request.ip,
      }),
      err: safeErrorRecord,
      error: safeErrorRecord,
    },
  };
}
