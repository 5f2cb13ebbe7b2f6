import {
  noContentSchema,
  type ProfileBody,
  profileResponseSchema,
  submissionListSchema,
  userResponseSchema,
} from "@studio/protocol";
import { api } from "./http-client";

export const verifyEmail = async (token: string) =>
  (await api.post("/api/auth/verify-email", { token }, userResponseSchema)).user;
export const resendVerification = () => api.post("/api/auth/verify-email/resend", {}, noContentSchema);
export const requestPasswordReset = (email: string) =>
  api.post("/api/auth/password-reset", { email }, noContentSchema);
export const confirmPasswordReset = (token: string, password: string) =>
  api.post("/api/auth/password-reset/confirm", { token, password }, noContentSchema);
export const changePassword = (currentPassword: string, newPassword: string) =>
  api.post("/api/auth/password", { currentPassword, newPassword }, noContentSchema);
export const logoutEverywhere = () => api.post("/api/auth/logout-all", {}, noContentSchema);
export const deleteAccount = (password: string) => api.delete("/api/auth/me", { password });

export const fetchProfile = async () =>
  (await api.get("/api/auth/me/profile", profileResponseSchema)).profile;
export const saveProfile = async (body: ProfileBody) =>
  (await api.put("/api/auth/me/profile", body, profileResponseSchema)).profile;

export const listSubmissions = async () =>
  (await api.get("/api/coding/submissions", submissionListSchema)).submissions;
export const deleteSubmission = (id: string) =>
  api.delete(`/api/coding/submissions/${encodeURIComponent(id)}`);

/** The export as a file download (the browser keeps the session cookie). */
export const EXPORT_URL = "/api/auth/me/export";
