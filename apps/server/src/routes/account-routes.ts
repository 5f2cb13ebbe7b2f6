import {
  errorBodySchema,
  noContentSchema,
  normalizeEmail,
  passwordChangeBodySchema,
  passwordResetBodySchema,
  passwordResetConfirmBodySchema,
  userResponseSchema,
  verifyEmailBodySchema,
} from "@studio/protocol";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { AccountStore } from "../account/account-store";
import { publicUser } from "../auth/account-user";
import { requireUser, SESSION_COOKIE } from "../auth/authenticate";
import { hashPassword, verifyPassword } from "../auth/passwords";
import { UserStore } from "../auth/user-store";
import { ApiError, unauthorized } from "../http/api-error";
import type { AppServices } from "../services";

const tags = ["auth"];
const accepted = { 202: noContentSchema, 400: errorBodySchema, 401: errorBodySchema, 429: errorBodySchema };
const done = { 204: noContentSchema, 400: errorBodySchema, 401: errorBodySchema, 403: errorBodySchema };
const invalidToken = () =>
  new ApiError(400, "INVALID_TOKEN", "This link is invalid, already used or expired; ask for a new one");

/** Email verification, password reset and change, and logging out everywhere. */
export const accountRoutes =
  (services: AppServices): FastifyPluginAsyncZod =>
  async (app) => {
    const { db, config, loginSessions, accountMailer } = services;
    const { tokens } = accountMailer;
    const accounts = new AccountStore(db);
    const users = new UserStore(db);
    const admins = config.ADMIN_EMAILS.map(normalizeEmail);

    app.post(
      "/api/auth/verify-email",
      {
        config: { public: true },
        schema: {
          tags,
          body: verifyEmailBodySchema,
          response: { 200: userResponseSchema, 400: errorBodySchema },
        },
      },
      async (request) => {
        const claim = await tokens.consume(request.body.token, "verify-email");
        if (!claim) throw invalidToken();
        // A token mailed to an address the account no longer has proves nothing about the current one.
        // ADMIN_EMAILS grants the stored role only now that the owner proved the address.
        const user = await accounts.verifyEmail(claim, admins.includes(claim.email));
        if (!user) throw invalidToken();
        loginSessions.forget(user.id);
        return { user: publicUser(user, admins) };
      },
    );

    app.post(
      "/api/auth/verify-email/resend",
      {
        config: { rateLimit: { max: 5, timeWindow: "1 hour", keyGenerator: (r) => r.user?.id ?? r.ip } },
        schema: { tags, response: accepted },
      },
      async (request, reply) => {
        const user = requireUser(request);
        if (!user.emailVerifiedAt) await accountMailer.send("verify-email", user);
        return reply.status(202).send(null);
      },
    );

    app.post(
      "/api/auth/password-reset",
      {
        config: { public: true, rateLimit: { max: 5, timeWindow: "1 hour" } },
        schema: { tags, body: passwordResetBodySchema, response: accepted },
      },
      async (request, reply) => {
        // The same answer whether or not the account exists: the form reveals no one's email.
        const email = normalizeEmail(request.body.email);
        const user = await users.byEmail(email);
        if (user) accountMailer.sendLater("password-reset", { id: user.id, email: user.email });
        return reply.status(202).send(null);
      },
    );

    app.post(
      "/api/auth/password-reset/confirm",
      { config: { public: true }, schema: { tags, body: passwordResetConfirmBodySchema, response: done } },
      async (request, reply) => {
        const claim = await tokens.consume(request.body.token, "password-reset");
        if (!claim) throw invalidToken();
        const passwordHash = await hashPassword(request.body.password);
        // Opening the mailed link proves the mailbox, so the email counts as verified from now on.
        if (!(await accounts.resetPassword(claim, passwordHash))) throw invalidToken();
        await loginSessions.revokeAll(claim.userId);
        return reply.status(204).send(null);
      },
    );

    app.post(
      "/api/auth/password",
      {
        // A stolen login must not become a way to guess the password: a few tries an hour per user.
        config: { rateLimit: { max: 10, timeWindow: "1 hour" } },
        schema: { tags, body: passwordChangeBodySchema, response: { ...done, 429: errorBodySchema } },
      },
      async (request, reply) => {
        const me = requireUser(request);
        const hash = await accounts.passwordHash(me.id);
        if (hash === undefined) throw unauthorized();
        if (hash && !(await verifyPassword(hash, request.body.currentPassword))) {
          throw new ApiError(403, "WRONG_PASSWORD", "The current password is incorrect");
        }
        await accounts.setPassword(me.id, await hashPassword(request.body.newPassword));
        // Other devices signed in with the old password are signed out; this one stays.
        await loginSessions.revokeAll(me.id, request.sessionToken ?? undefined);
        return reply.status(204).send(null);
      },
    );

    app.post(
      "/api/auth/logout-all",
      { schema: { tags, response: { 204: noContentSchema, 401: errorBodySchema } } },
      async (request, reply) => {
        await loginSessions.revokeAll(requireUser(request).id);
        reply.clearCookie(SESSION_COOKIE, { path: "/" });
        return reply.status(204).send(null);
      },
    );
  };
