import { timingSafeEqual } from "node:crypto";
import type { FastifyHelmetOptions } from "@fastify/helmet";
import type { FastifyRequest } from "fastify";
import type { Config } from "../config";
import { ApiError } from "./api-error";

/** Whether the app is served over https (PUBLIC_URL or COOKIE_SECURE say so). */
export function servedOverHttps(config: Config): boolean {
  return config.PUBLIC_URL?.startsWith("https:") === true || config.COOKIE_SECURE === "true";
}

/**
 * The Content-Security-Policy. `upgrade-insecure-requests` (Helmet's default) makes the browser fetch
 * every script over https: on a plain-HTTP LAN install that breaks the whole app, so it is sent only
 * when the app is served over https.
 */
export function helmetOptions(config: Config): FastifyHelmetOptions {
  return {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        imgSrc: ["'self'", "data:", "blob:"],
        mediaSrc: ["'self'", "blob:", "data:"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        connectSrc: ["'self'", "ws:", "wss:"],
        workerSrc: ["'self'", "blob:"],
        scriptSrc: ["'self'", "'wasm-unsafe-eval'"],
        upgradeInsecureRequests: servedOverHttps(config) ? [] : null,
      },
    },
    // HSTS over plain HTTP is ignored by browsers but misleads; sent only over https.
    strictTransportSecurity: servedOverHttps(config),
  };
}

/** /docs: public in development and test, in production only with DOCS_PUBLIC=true. */
export function docsArePublic(config: Config): boolean {
  if (config.DOCS_PUBLIC) return config.DOCS_PUBLIC === "true";
  return config.NODE_ENV !== "production";
}

/**
 * /metrics: with METRICS_TOKEN set, only `Authorization: Bearer <METRICS_TOKEN>`; without it, open in
 * development and test, and not served at all in production.
 */
export function metricsGuard(config: Config): ((request: FastifyRequest) => void) | null {
  const token = config.METRICS_TOKEN;
  if (!token) return config.NODE_ENV === "production" ? null : () => {};
  const expected = Buffer.from(`Bearer ${token}`);
  return (request) => {
    const given = Buffer.from(request.headers.authorization ?? "");
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      throw new ApiError(401, "UNAUTHORIZED", "Metrics need the METRICS_TOKEN bearer token");
    }
  };
}

/**
 * A WebSocket carries the login cookie, so a page on another site could open one in the user's name
 * (cross-site WebSocket hijacking). Browsers always send Origin: it must be this host or an ALLOWED_ORIGIN.
 */
export function checkSocketOrigin(request: FastifyRequest, allowedOrigins: readonly string[]): void {
  const origin = request.headers.origin;
  if (!origin) return;
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    throw new ApiError(403, "ORIGIN_NOT_ALLOWED", "This origin may not open the interview socket");
  }
  if (host === request.headers.host || allowedOrigins.includes(origin)) return;
  throw new ApiError(403, "ORIGIN_NOT_ALLOWED", "This origin may not open the interview socket");
}
