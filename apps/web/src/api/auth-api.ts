import {
  type LoginBody,
  loginResponseSchema,
  noContentSchema,
  type RegisterBody,
  type SocialProvider,
  socialProviderSchema,
  socialStatusSchema,
  type User,
  userResponseSchema,
} from "@studio/protocol";
import { isApiError } from "./api-error";
import { api } from "./http-client";

export async function fetchMe(): Promise<User | null> {
  try {
    const { user } = await api.get("/api/auth/me", userResponseSchema);
    return user;
  } catch (error) {
    if (isApiError(error, 401)) return null;
    throw error;
  }
}

export async function register(body: RegisterBody): Promise<User> {
  const { user } = await api.post("/api/auth/register", body, userResponseSchema);
  return user;
}

export async function login(body: LoginBody): Promise<User> {
  const { user } = await api.post("/api/auth/login", body, loginResponseSchema);
  return user;
}

export async function logout(): Promise<void> {
  await api.post("/api/auth/logout", {}, noContentSchema);
}

export async function fetchSocialStatus(): Promise<SocialProvider[]> {
  const { providers } = await api.get("/api/auth/social/status", socialStatusSchema);
  return socialProviderSchema.options.filter((p) => providers[p]?.configured);
}
