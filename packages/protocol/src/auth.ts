import { z } from "zod";

export const genderSchema = z.enum(["female", "male", "other", "undisclosed"]);

export const registerBodySchema = z.object({
  email: z.email().max(254),
  password: z.string().min(8, "password must be at least 8 characters").max(256),
  name: z.string().trim().min(1).max(100),
  birthDate: z.iso.date().optional(),
  gender: genderSchema.optional(),
  address: z.string().trim().max(300).optional(),
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
  birthDate: z.string().nullable().optional(),
  gender: genderSchema.nullable().optional(),
  address: z.string().nullable().optional(),
  createdAt: z.string().optional(),
});
export type User = z.infer<typeof userSchema>;

export const userResponseSchema = z.object({ user: userSchema });
export const loginResponseSchema = z.object({ user: userSchema, token: z.string() });

export const socialProviderSchema = z.enum(["kakao", "google", "naver"]);
export type SocialProvider = z.infer<typeof socialProviderSchema>;
export const socialStatusSchema = z.object({
  providers: z.record(z.string(), z.object({ configured: z.boolean() })),
});
