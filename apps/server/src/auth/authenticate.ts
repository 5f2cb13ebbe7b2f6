import type { FastifyInstance, FastifyRequest } from "fastify";
import { unauthorized } from "../http/api-error";
import type { LoginSessions, SessionUser } from "./login-sessions";

export const SESSION_COOKIE = "studio_session";

declare module "fastify" {
  interface FastifyRequest {
    user: SessionUser | null;
    sessionToken: string | null;
  }
}

/** Reads the login token from the cookie or an `Authorization: Bearer` header; both work everywhere. */
export function readToken(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  if (header?.startsWith("Bearer ")) return header.slice(7).trim() || null;
  const query = request.query as { token?: unknown } | undefined;
  if (request.url.startsWith("/ws/") && typeof query?.token === "string") return query.token;
  return request.cookies[SESSION_COOKIE] ?? null;
}

export function registerAuthentication(app: FastifyInstance, sessions: LoginSessions): void {
  app.decorateRequest("user", null);
  app.decorateRequest("sessionToken", null);
  app.addHook("onRequest", async (request) => {
    const token = readToken(request);
    if (!token) return;
    request.user = await sessions.resolve(token);
    if (request.user) request.sessionToken = token;
  });
}

export function requireUser(request: FastifyRequest): SessionUser {
  if (!request.user) throw unauthorized();
  return request.user;
}
