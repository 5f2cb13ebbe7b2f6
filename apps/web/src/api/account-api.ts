import type { Profile, ProfileBody, SubmissionSummary, User } from "@studio/protocol";
import { api } from "./http-client";

export const verifyEmail = async (token: string) =>
  (await api.post<{ user: User }>("/api/auth/verify-email", { token })).user;
export const resendVerification = () => api.post<null>("/api/auth/verify-email/resend");
export const requestPasswordReset = (email: string) => api.post<null>("/api/auth/password-reset", { email });
export const confirmPasswordReset = (token: string, password: string) =>
  api.post<null>("/api/auth/password-reset/confirm", { token, password });
export const changePassword = (currentPassword: string, newPassword: string) =>
  api.post<null>("/api/auth/password", { currentPassword, newPassword });
export const logoutEverywhere = () => api.post<null>("/api/auth/logout-all");
export const deleteAccount = (password: string) => api.delete("/api/auth/me", { password });

export const fetchProfile = async () => (await api.get<{ profile: Profile }>("/api/auth/me/profile")).profile;
export const saveProfile = async (body: ProfileBody) =>
  (await api.put<{ profile: Profile }>("/api/auth/me/profile", body)).profile;

export const listSubmissions = async () =>
  (await api.get<{ submissions: SubmissionSummary[] }>("/api/coding/submissions")).submissions;
export const deleteSubmission = (id: string) =>
  api.delete(`/api/coding/submissions/${encodeURIComponent(id)}`);

/** The export as a file download (the browser keeps the session cookie). */
export const EXPORT_URL = "/api/auth/me/export";
