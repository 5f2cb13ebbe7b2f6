import { normalizeEmail, socialProviderSchema, socialStatusSchema } from "@studio/protocol";
import { generateCodeVerifier, generateState } from "arctic";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { setSessionCookie } from "../auth/session-cookie";
import type { SocialProfile } from "../auth/social-providers";
import { UserStore } from "../auth/user-store";
import { ApiError } from "../http/api-error";
import type { AppServices } from "../services";

const STATE_COOKIE = "studio_oauth";
const tags = ["auth"];
const providerParams = z.object({ provider: socialProviderSchema });

export const socialRoutes =
  (services: AppServices): FastifyPluginAsyncZod =>
  async (app) => {
    const { socialClients, loginSessions, config } = services;
    const accounts = new UserStore(services.db);
    const clientFor = (provider: z.infer<typeof socialProviderSchema>) => {
      const client = socialClients[provider];
      if (!client)
        throw new ApiError(
          503,
          "PROVIDER_NOT_CONFIGURED",
          `${provider} login is not configured on this server`,
        );
      return client;
    };

    app.get(
      "/api/auth/social/status",
      { config: { public: true }, schema: { tags, response: { 200: socialStatusSchema } } },
      async () => ({
        providers: Object.fromEntries(
          socialProviderSchema.options.map((p) => [p, { configured: Boolean(socialClients[p]) }]),
        ),
      }),
    );

    app.get(
      "/api/auth/social/:provider",
      { config: { public: true }, schema: { tags, params: providerParams } },
      async (request, reply) => {
        const client = clientFor(request.params.provider);
        const state = generateState();
        const verifier = generateCodeVerifier();
        reply.setCookie(STATE_COOKIE, `${state}.${verifier}`, {
          httpOnly: true,
          sameSite: "lax",
          path: "/api/auth/social",
          maxAge: 600,
        });
        return reply.redirect(client.authorizationUrl(state, verifier).toString(), 302);
      },
    );

    app.get(
      "/api/auth/social/:provider/callback",
      {
        config: { public: true },
        schema: {
          tags,
          params: providerParams,
          querystring: z.object({
            code: z.string().max(2048).optional(),
            state: z.string().max(512).optional(),
          }),
        },
      },
      async (request, reply) => {
        const provider = request.params.provider;
        const client = clientFor(provider);
        const [expectedState, verifier] = (request.cookies[STATE_COOKIE] ?? "").split(".");
        reply.clearCookie(STATE_COOKIE, { path: "/api/auth/social" });
        if (!request.query.code || !expectedState || request.query.state !== expectedState) {
          throw new ApiError(
            400,
            "INVALID_OAUTH_STATE",
            "The sign-in link expired or was tampered with; try again",
          );
        }
        const profile = await client.profile(request.query.code, verifier ?? "").catch((error: Error) => {
          throw new ApiError(503, "PROVIDER_UNAVAILABLE", `${provider} sign-in failed: ${error.message}`);
        });
        const userId = await findOrCreateUser(provider, profile);
        setSessionCookie(config, request, reply, await loginSessions.create(userId));
        return reply.redirect("/dashboard", 302);
      },
    );

    async function findOrCreateUser(provider: string, profile: SocialProfile): Promise<string> {
      const linked = await accounts.linkedTo(provider, profile.providerUserId);
      if (linked) return linked;
      // Linking by email alone would let anyone who controls a provider account with a victim's (unverified)
      // email take over that account, so an email already registered is refused instead of merged.
      const email = profile.email
        ? normalizeEmail(profile.email)
        : `${provider}-${profile.providerUserId}@social.invalid`;
      if (await accounts.emailTaken(email)) {
        throw new ApiError(
          409,
          "EMAIL_TAKEN",
          "This email already has an account; log in with your password",
        );
      }
      return accounts.createSocial({
        provider,
        providerUserId: profile.providerUserId,
        email,
        name: profile.name,
        // Verified (and so eligible for admin rights) only when the provider vouches for the email.
        emailVerifiedAt: profile.email && profile.emailVerified ? new Date() : null,
      });
    }
  };
