import {
  deleteAccountBodySchema,
  errorBodySchema,
  profileBodySchema,
  profileResponseSchema,
} from "@studio/protocol";
import { eq } from "drizzle-orm";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { exportAccount } from "../account/account-export";
import { requireUser, SESSION_COOKIE } from "../auth/authenticate";
import { verifyPassword } from "../auth/passwords";
import { userProfiles, users } from "../db/schema";
import { ApiError, unauthorized } from "../http/api-error";
import type { AppServices } from "../services";

const tags = ["account"];
const errors = { 400: errorBodySchema, 401: errorBodySchema, 403: errorBodySchema };

/** The candidate's control over their data: the optional profile, an export, and deleting it all. */
export const myDataRoutes =
  (services: AppServices): FastifyPluginAsyncZod =>
  async (app) => {
    const { db, loginSessions } = services;

    const readProfile = async (userId: string) => {
      const [row] = await db.select().from(userProfiles).where(eq(userProfiles.userId, userId));
      return {
        birthDate: row?.birthDate ?? null,
        gender: (row?.gender ?? null) as z.infer<typeof profileResponseSchema>["profile"]["gender"],
        address: row?.address ?? null,
      };
    };

    app.get(
      "/api/auth/me/profile",
      { schema: { tags, response: { 200: profileResponseSchema, ...errors } } },
      async (request) => ({ profile: await readProfile(requireUser(request).id) }),
    );

    app.put(
      "/api/auth/me/profile",
      { schema: { tags, body: profileBodySchema, response: { 200: profileResponseSchema, ...errors } } },
      async (request) => {
        const userId = requireUser(request).id;
        const values = { ...request.body, address: request.body.address || null, updatedAt: new Date() };
        await db
          .insert(userProfiles)
          .values({ userId, ...values })
          .onConflictDoUpdate({ target: userProfiles.userId, set: values });
        return { profile: await readProfile(userId) };
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
          response: { 204: z.null(), ...errors, 429: errorBodySchema },
        },
      },
      async (request, reply) => {
        const me = requireUser(request);
        const [row] = await db.select({ hash: users.passwordHash }).from(users).where(eq(users.id, me.id));
        if (!row) throw unauthorized();
        // A social-only account has no password: it confirms by typing its email instead.
        const confirmed = row.hash
          ? await verifyPassword(row.hash, request.body.password)
          : request.body.password.trim().toLowerCase() === me.email;
        if (!confirmed) throw new ApiError(403, "WRONG_PASSWORD", "The password is incorrect");
        // Every table of the user's data references users with ON DELETE CASCADE: one delete removes it all.
        await db.delete(users).where(eq(users.id, me.id));
        await loginSessions.revokeAll(me.id);
        reply.clearCookie(SESSION_COOKIE, { path: "/" });
        return reply.status(204).send(null);
      },
    );
  };
