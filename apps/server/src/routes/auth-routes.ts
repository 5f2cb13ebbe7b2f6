import {
  errorBodySchema,
  loginBodySchema,
  loginResponseSchema,
  noContentSchema,
  normalizeEmail,
  registerBodySchema,
  userResponseSchema,
} from "@studio/protocol";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { publicUser } from "../auth/account-user";
import { requireUser, SESSION_COOKIE } from "../auth/authenticate";
import { burnPasswordCheck, hashPassword, verifyPassword } from "../auth/passwords";
import { setSessionCookie } from "../auth/session-cookie";
import { UserStore } from "../auth/user-store";
import { ApiError } from "../http/api-error";
import type { AppServices } from "../services";

const tags = ["auth"];

export const authRoutes =
  (services: AppServices): FastifyPluginAsyncZod =>
  async (app) => {
    const { loginSessions, loginThrottle, config, accountMailer } = services;
    const accounts = new UserStore(services.db);
    const admins = config.ADMIN_EMAILS;

    app.post(
      "/api/auth/register",
      {
        // Each sign-up costs an argon2 hash (64 MiB, ~1 s): a few per address and hour are plenty.
        config: { public: true, rateLimit: { max: config.REGISTER_MAX_PER_HOUR, timeWindow: "1 hour" } },
        schema: {
          tags,
          body: registerBodySchema,
          response: {
            201: userResponseSchema,
            400: errorBodySchema,
            409: errorBodySchema,
            429: errorBodySchema,
          },
        },
      },
      async (request, reply) => {
        const { password, name } = request.body;
        const email = normalizeEmail(request.body.email);
        if (await accounts.emailTaken(email))
          throw new ApiError(409, "EMAIL_TAKEN", "An account with this email already exists");
        const passwordHash = await hashPassword(password);
        const user = await accounts.createWithPassword(email, passwordHash, name);
        if (!user) throw new ApiError(409, "EMAIL_TAKEN", "An account with this email already exists");
        accountMailer.sendLater("verify-email", user);
        return reply.status(201).send({ user: publicUser(user, admins) });
      },
    );

    app.post(
      "/api/auth/login",
      {
        config: { public: true },
        schema: {
          tags,
          body: loginBodySchema,
          response: { 200: loginResponseSchema, 401: errorBodySchema, 429: errorBodySchema },
        },
      },
      async (request, reply) => {
        const email = normalizeEmail(request.body.email);
        const waitMs = await loginThrottle.retryAfterMs(email, request.ip);
        if (waitMs > 0) {
          reply.header("retry-after", Math.ceil(waitMs / 1000));
          throw new ApiError(429, "TOO_MANY_ATTEMPTS", "Too many failed logins; try again later");
        }
        const user = await accounts.byEmail(email);
        const ok = user?.passwordHash
          ? await verifyPassword(user.passwordHash, request.body.password)
          : await burnPasswordCheck(request.body.password).then(() => false);
        if (!user || !ok) {
          await loginThrottle.recordFailure(email, request.ip);
          throw new ApiError(401, "INVALID_CREDENTIALS", "Email or password is incorrect");
        }
        await loginThrottle.recordSuccess(email, request.ip);
        const session = await loginSessions.create(user.id);
        setSessionCookie(config, request, reply, session);
        return { user: publicUser(user, admins), token: session.token };
      },
    );

    app.post(
      "/api/auth/logout",
      { config: { public: true }, schema: { tags, response: { 204: noContentSchema } } },
      async (request, reply) => {
        if (request.sessionToken) await loginSessions.revoke(request.sessionToken);
        reply.clearCookie(SESSION_COOKIE, { path: "/" });
        return reply.status(204).send(null);
      },
    );

    app.get(
      "/api/auth/me",
      { schema: { tags, response: { 200: userResponseSchema, 401: errorBodySchema } } },
      async (request) => ({ user: publicUser(requireUser(request), admins) }),
    );
  };
