import { normalizeEmail, type User } from "@studio/protocol";
import type { FastifyRequest } from "fastify";
import { ApiError } from "../http/api-error";
import { requireUser } from "./authenticate";
import type { SessionUser } from "./login-sessions";

/**
 * Administrators: a verified account that holds the role (granted by the CLI or at verification) or
 * whose normalised email is in ADMIN_EMAILS. An unverified account is never one: anyone can sign up
 * with any address, so the address counts only once its owner proved it by the mailed link.
 */
export function isAdmin(user: SessionUser, adminEmails: readonly string[]): boolean {
  if (!user.emailVerifiedAt) return false;
  return user.isAdmin || adminEmails.some((email) => normalizeEmail(email) === user.email);
}

export function requireAdmin(request: FastifyRequest, adminEmails: readonly string[]): SessionUser {
  const user = requireUser(request);
  if (!isAdmin(user, adminEmails)) {
    throw new ApiError(403, "FORBIDDEN", "Only administrators (with a verified email) may do this");
  }
  return user;
}

export function publicUser(user: SessionUser, adminEmails: readonly string[]): User {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    emailVerified: Boolean(user.emailVerifiedAt),
    isAdmin: isAdmin(user, adminEmails),
    createdAt: user.createdAt.toISOString(),
  };
}
