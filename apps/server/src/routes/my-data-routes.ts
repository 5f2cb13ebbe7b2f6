import {
  deleteAccountBodySchema,
  errorBodySchema,
  noContentSchema,
  profileBodySchema,
  profileResponseSchema,
} from "@studio/protocol";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { exportAccount } from "../account/account-export";
import { AccountStore } from "../account/account-store";
import { requireUser, SESSION_COOKIE } from "../auth/authenticate";
import { verifyPassword } from "../auth/passwords";
import { ApiError, unauthorized } from "../http/api-error";
import type { AppServices } from "../services";

const tags = ["account"];
const errors = { 400: errorBodySchema, 401: errorBodySchema, 403: errorBodySchema };

/** The candidate's control over their data: the optional profile, an export, and deleting it all. */
export const myDataRoutes =
  (services: AppServices): FastifyPluginAsyncZod =>
  async (app) => {
    const { db, loginSessions } = services;
    const accounts = new AccountStore(db);

    app.get(
      "/api/auth/me/profile",
      { schema: { tags, response: { 200: profileResponseSchema, ...errors } } },
      async (request) => ({ profile: await accounts.profile(requireUser(request).id) }),
    );

    app.put(
      "/api/auth/me/profile",
      { schema: { tags, body: profileBodySchema, response: { 200: profileResponseSchema, ...errors } } },
      async (request) => {
        const userId = requireUser(request).id;
        await accounts.saveProfile(userId, request.body);
        return { profile: await accounts.profile(userId) };
      },
    );

    app.get(
      "/api/auth/me/export",
      { schema: { tags, response: { 200: z.record(z.string(), z.unknown()), 401: errorBodySchema } } },
      async (request, reply) => {
        const user = requireUser(request);
        reply.header("content-disposition", 'attachment; filename="interview-studio-export.json"');
        reply.header("cache-control", "no-store");
        return exportAccount(db, user.id);
      },
    );

    app.delete(
      "/api/auth/me",
      {
        // The password is re-entered here, so it is guessable here: a few tries an hour per user.
        config: { rateLimit: { max: 10, timeWindow: "1 hour" } },
        schema: {
          tags,
          body: deleteAccountBodySchema,
          response: { 204: noContentSchema, ...errors, 429: errorBodySchema },
        },
      },
      async (request, reply) => {
        const me = requireUser(request);
        const hash = await accounts.passwordHash(me.id);
        if (hash === undefined) throw unauthorized();
        // A social-only account has no password: it confirms by typing its email instead.
        const confirmed = hash
          ? await verifyPassword(hash, request.body.password)
          : request.body.password.trim().toLowerCase() === me.email;
        if (!confirmed) throw new ApiError(403, "WRONG_PASSWORD", "The password is incorrect");
        await accounts.deleteUser(me.id);
        await loginSessions.revokeAll(me.id);
        reply.clearCookie(SESSION_COOKIE, { path: "/" });
        return reply.status(204).send(null);
      },
    );
  };
