import type { FastifyReply, FastifyRequest } from "fastify";
import type { Config } from "../config";
import { SESSION_COOKIE } from "./authenticate";

/** Sets the login cookie: httpOnly, SameSite=Lax, Secure over https (or as COOKIE_SECURE says). */
export function setSessionCookie(
  config: Pick<Config, "COOKIE_SECURE">,
  request: FastifyRequest,
  reply: FastifyReply,
  session: { token: string; expiresAt: Date },
): void {
  const secure =
    config.COOKIE_SECURE === "auto" ? request.protocol === "https" : config.COOKIE_SECURE === "true";
  reply.setCookie(SESSION_COOKIE, session.token, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure,
    expires: session.expiresAt,
  });
}
