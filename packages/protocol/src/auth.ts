import { z } from "zod";
import { normalizeEmail } from "./text-hygiene";

export const genderSchema = z.enum(["female", "male", "other", "undisclosed"]);

const passwordSchema = z.string().min(8, "password must be at least 8 characters").max(256);

/** Sign-up asks only what an account needs; anything else sent along is ignored. */
export const registerBodySchema = z.object({
  // Normalised first (NFKC, case), so full-width or capitalised twins are checked as the address they are.
  email: z.string().max(254).transform(normalizeEmail).pipe(z.email()),
  password: passwordSchema,
  name: z.string().trim().min(1).max(100),
});
export type RegisterBody = z.infer<typeof registerBodySchema>;

export const loginBodySchema = z.object({
  email: z.string().min(1).max(254),
  password: z.string().min(1).max(256),
});
export type LoginBody = z.infer<typeof loginBodySchema>;

export const userSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  emailVerified: z.boolean().optional(),
  isAdmin: z.boolean().optional(),
  createdAt: z.string().optional(),
});
export type User = z.infer<typeof userSchema>;

export const userResponseSchema = z.object({ user: userSchema });
export const loginResponseSchema = z.object({ user: userSchema, token: z.string() });

/** Optional, never used in evaluation nor shown to anyone else; deleted with the account. */
export const profileSchema = z.object({
  birthDate: z.iso.date().nullable(),
  gender: genderSchema.nullable(),
  address: z.string().trim().max(300).nullable(),
});
export type Profile = z.infer<typeof profileSchema>;
export const profileResponseSchema = z.object({ profile: profileSchema });
export const profileBodySchema = profileSchema.partial();
export type ProfileBody = z.infer<typeof profileBodySchema>;

// Tokens sent by mail are 43 URL-safe characters; the bound only keeps junk out.
const mailedTokenSchema = z.string().min(1).max(200);
export const verifyEmailBodySchema = z.object({ token: mailedTokenSchema });
export const passwordResetBodySchema = z.object({ email: z.string().min(1).max(254) });
export const passwordResetConfirmBodySchema = z.object({
  token: mailedTokenSchema,
  password: passwordSchema,
});
export const passwordChangeBodySchema = z.object({
  currentPassword: z.string().min(1).max(256),
  newPassword: passwordSchema,
});
export const deleteAccountBodySchema = z.object({ password: z.string().min(1).max(256) });

export const socialProviderSchema = z.enum(["kakao", "google", "naver"]);
export type SocialProvider = z.infer<typeof socialProviderSchema>;
export const socialStatusSchema = z.object({
  providers: z.record(z.string(), z.object({ configured: z.boolean() })),
});
