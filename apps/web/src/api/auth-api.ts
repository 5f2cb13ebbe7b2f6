import type { LoginBody, RegisterBody, SocialProvider, User } from "@studio/protocol";
import { isApiError } from "./api-error";
import { api } from "./http-client";

export async function fetchMe(): Promise<User | null> {
  try {
    const { user } = await api.get<{ user: User }>("/api/auth/me");
    return user;
  } catch (error) {
    if (isApiError(error, 401)) return null;
    throw error;
  }
}

export async function register(body: RegisterBody): Promise<User> {
  const { user } = await api.post<{ user: User }>("/api/auth/register", body);
  return user;
}

export async function login(body: LoginBody): Promise<User> {
  const { user } = await api.post<{ user: User; token: string }>("/api/auth/login", body);
  return user;
}

export async function logout(): Promise<void> {
  await api.post<null>("/api/auth/logout");
}

export async function fetchSocialStatus(): Promise<SocialProvider[]> {
  const { providers } = await api.get<{ providers: Record<string, { configured: boolean }> }>(
    "/api/auth/social/status",
  );
  return (["kakao", "google", "naver"] as const).filter((p) => providers[p]?.configured);
}
