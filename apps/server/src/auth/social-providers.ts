import type { SocialProvider } from "@studio/protocol";
import { Google, Kakao, Naver, type OAuth2Tokens } from "arctic";
import { z } from "zod";
import type { Config } from "../config";

export interface SocialProfile {
  providerUserId: string;
  email: string | null;
  /** True only when the provider says it verified the email; anything else is a claim. */
  emailVerified: boolean;
  name: string;
}

export interface SocialClient {
  authorizationUrl(state: string, codeVerifier: string): URL;
  profile(code: string, codeVerifier: string): Promise<SocialProfile>;
}

async function getJson(url: string, tokens: OAuth2Tokens): Promise<unknown> {
  const response = await fetch(url, {
    headers: { authorization: `Bearer ${tokens.accessToken()}` },
    signal: AbortSignal.timeout(10_000),
  });
  if (!response.ok) throw new Error(`profile request failed with ${response.status}`);
  return response.json();
}

const kakaoProfile = z.object({
  id: z.union([z.number(), z.string()]),
  kakao_account: z
    .object({
      email: z.string().optional(),
      is_email_valid: z.boolean().optional(),
      is_email_verified: z.boolean().optional(),
      profile: z.object({ nickname: z.string().optional() }).optional(),
    })
    .optional(),
});
const googleProfile = z.object({
  sub: z.string(),
  email: z.string().optional(),
  email_verified: z.union([z.boolean(), z.string()]).optional(),
  name: z.string().optional(),
});
const naverProfile = z.object({
  response: z.object({
    id: z.string(),
    email: z.string().optional(),
    name: z.string().optional(),
    nickname: z.string().optional(),
  }),
});

// Each provider's profile endpoint, and how its answer maps to ours.
export const PROFILE_READERS: Record<SocialProvider, { url: string; read(p: unknown): SocialProfile }> = {
  kakao: {
    url: "https://kapi.kakao.com/v2/user/me",
    read: (raw) => {
      const p = kakaoProfile.parse(raw);
      return {
        providerUserId: String(p.id),
        email: p.kakao_account?.email ?? null,
        emailVerified:
          p.kakao_account?.is_email_verified === true && p.kakao_account?.is_email_valid === true,
        name: p.kakao_account?.profile?.nickname ?? "Kakao user",
      };
    },
  },
  google: {
    url: "https://openidconnect.googleapis.com/v1/userinfo",
    read: (raw) => {
      const p = googleProfile.parse(raw);
      return {
        providerUserId: p.sub,
        email: p.email ?? null,
        // OpenID Connect's claim; some answers carry it as the string "true".
        emailVerified: p.email_verified === true || p.email_verified === "true",
        name: p.name ?? "Google user",
      };
    },
  },
  naver: {
    url: "https://openapi.naver.com/v1/nid/me",
    read: (raw) => {
      const { response: p } = naverProfile.parse(raw);
      // Naver's profile API says nothing about verification: its email counts as unverified.
      return {
        providerUserId: p.id,
        email: p.email ?? null,
        emailVerified: false,
        name: p.name ?? p.nickname ?? "Naver user",
      };
    },
  },
};

/** The OAuth clients (arctic) for the providers whose id and secret are configured. */
export function configuredSocialClients(
  config: Config,
  baseUrl: string,
): Partial<Record<SocialProvider, SocialClient>> {
  const redirect = (p: SocialProvider) =>
    `${config.OAUTH_REDIRECT_BASE ?? baseUrl}/api/auth/social/${p}/callback`;
  const clients: Partial<Record<SocialProvider, SocialClient>> = {};
  const profileOf = async (p: SocialProvider, tokens: OAuth2Tokens) =>
    PROFILE_READERS[p].read(await getJson(PROFILE_READERS[p].url, tokens));

  if (config.KAKAO_CLIENT_ID && config.KAKAO_CLIENT_SECRET) {
    const kakao = new Kakao(config.KAKAO_CLIENT_ID, config.KAKAO_CLIENT_SECRET, redirect("kakao"));
    clients.kakao = {
      authorizationUrl: (state) => kakao.createAuthorizationURL(state, ["profile_nickname", "account_email"]),
      profile: async (code) => profileOf("kakao", await kakao.validateAuthorizationCode(code)),
    };
  }
  if (config.GOOGLE_CLIENT_ID && config.GOOGLE_CLIENT_SECRET) {
    const google = new Google(config.GOOGLE_CLIENT_ID, config.GOOGLE_CLIENT_SECRET, redirect("google"));
    clients.google = {
      authorizationUrl: (state, verifier) =>
        google.createAuthorizationURL(state, verifier, ["openid", "email", "profile"]),
      profile: async (code, verifier) =>
        profileOf("google", await google.validateAuthorizationCode(code, verifier)),
    };
  }
  if (config.NAVER_CLIENT_ID && config.NAVER_CLIENT_SECRET) {
    const naver = new Naver(config.NAVER_CLIENT_ID, config.NAVER_CLIENT_SECRET, redirect("naver"));
    clients.naver = {
      authorizationUrl: (state) => {
        // arctic's Naver client leaves out `state`, which Naver requires against CSRF.
        const url = naver.createAuthorizationURL();
        url.searchParams.set("state", state);
        return url;
      },
      profile: async (code) => profileOf("naver", await naver.validateAuthorizationCode(code)),
    };
  }
  return clients;
}
