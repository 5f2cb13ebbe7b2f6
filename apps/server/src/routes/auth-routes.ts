import { randomUUID } from "node:crypto";
import {
  errorBodySchema,
  loginBodySchema,
  loginResponseSchema,
  registerBodySchema,
  type User,
  userResponseSchema,
} from "@studio/protocol";
import { eq } from "drizzle-orm";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { requireUser, SESSION_COOKIE } from "../auth/authenticate";
import type { SessionUser } from "../auth/login-sessions";
import { burnPasswordCheck, hashPassword, verifyPassword } from "../auth/passwords";
import { setSessionCookie } from "../auth/session-cookie";
import { users } from "../db/schema";
import { ApiError } from "../http/api-error";
import type { AppServices } from "../services";

const tags = ["auth"];

export function publicUser(user: SessionUser): User {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    birthDate: user.birthDate,
    gender: user.gender as User["gender"],
    address: user.address,
    createdAt: user.createdAt.toISOString(),
  };
}

export const authRoutes =
  (services: AppServices): FastifyPluginAsyncZod =>
  async (app) => {
    const { db, loginSessions, loginThrottle, config } = services;

    app.post(
      "/api/auth/register",
      {
        schema: {
          tags,
          body: registerBodySchema,
          response: { 201: userResponseSchema, 400: errorBodySchema, 409: errorBodySchema },
        },
      },
      async (request, reply) => {
        const body = request.body;
        const email = body.email.trim().toLowerCase();
        const passwordHash = await hashPassword(body.password);
        const inserted = await db
          .insert(users)
          .values({
            id: randomUUID(),
            email,
            passwordHash,
            name: body.name,
            birthDate: body.birthDate ?? null,
            gender: body.gender ?? null,
            address: body.address ?? null,
          })
          .onConflictDoNothing()
          .returning();
        const user = inserted[0];
        if (!user) throw new ApiError(409, "EMAIL_TAKEN", "An account with this email already exists");
        return reply.status(201).send({ user: publicUser(user) });
      },
    );

    app.post(
      "/api/auth/login",
      {
        schema: {
          tags,
          body: loginBodySchema,
          response: { 200: loginResponseSchema, 401: errorBodySchema, 429: errorBodySchema },
        },
      },
      async (request, reply) => {
        const email = request.body.email.trim().toLowerCase();
        const waitMs = Math.max(
          loginThrottle.byEmail.retryAfterMs(email),
          loginThrottle.byAddress.retryAfterMs(request.ip),
        );
        if (waitMs > 0) {
          reply.header("retry-after", Math.ceil(waitMs / 1000));
          throw new ApiError(429, "TOO_MANY_ATTEMPTS", "Too many failed logins; try again later");
        }
        const [user] = await db.select().from(users).where(eq(users.email, email)).limit(1);
        const ok = user?.passwordHash
          ? await verifyPassword(user.passwordHash, request.body.password)
          : await burnPasswordCheck(request.body.password).then(() => false);
        if (!user || !ok) {
          loginThrottle.byEmail.recordFailure(email);
          loginThrottle.byAddress.recordFailure(request.ip);
          throw new ApiError(401, "INVALID_CREDENTIALS", "Email or password is incorrect");
        }
        loginThrottle.byEmail.reset(email);
        const session = await loginSessions.create(user.id);
        setSessionCookie(config, request, reply, session);
        return { user: publicUser(user), token: session.token };
      },
    );

    app.post(
      "/api/auth/logout",
      { schema: { tags, response: { 204: z.null() } } },
      async (request, reply) => {
        if (request.sessionToken) await loginSessions.revoke(request.sessionToken);
        reply.clearCookie(SESSION_COOKIE, { path: "/" });
        return reply.status(204).send(null);
      },
    );

    app.get(
      "/api/auth/me",
      { schema: { tags, response: { 200: userResponseSchema, 401: errorBodySchema } } },
      async (request) => ({ user: publicUser(requireUser(request)) }),
    );
  };
