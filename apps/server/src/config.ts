import {
  embeddingsSettingsSchema,
  llmSettingsSchema,
  sttSettingsSchema,
  ttsSettingsSchema,
} from "@studio/providers";
import { z } from "zod";

const optionalUrl = z.preprocess((v) => (v === "" ? undefined : v), z.url().optional());
const optionalString = z.preprocess((v) => (v === "" ? undefined : v), z.string().optional());
const csv = z
  .string()
  .optional()
  .transform((v) =>
    (v ?? "")
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean),
  );

/** Every setting the server reads. `.env.example` documents each one. */
export const configSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(0).max(65535).default(8000),
  HOST: z.string().default("127.0.0.1"),
  DATA_DIR: z.string().default("./data"),
  DATABASE_URL: optionalUrl,
  REDIS_URL: optionalUrl,
  SESSION_SECRET: optionalString.pipe(z.string().min(16, "must be at least 16 characters").optional()),
  SESSION_TTL_HOURS: z.coerce
    .number()
    .positive()
    .default(24 * 7),
  COOKIE_SECURE: z.enum(["auto", "true", "false"]).default("auto"),
  ALLOWED_ORIGINS: csv,
  BODY_LIMIT_BYTES: z.coerce.number().int().positive().default(1_048_576),
  LOGIN_MAX_FAILURES: z.coerce.number().int().positive().default(5),
  LOGIN_WINDOW_MINUTES: z.coerce.number().positive().default(15),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  TRUST_PROXY: z.enum(["true", "false"]).default("false"),
  JOB_CONCURRENCY: z.coerce.number().int().positive().default(2),
  /** Coding sandbox (root mode): runs take host uids SANDBOX_UID_BASE .. + SANDBOX_SLOTS - 1, locked host-wide. */
  SANDBOX_UID_BASE: z.coerce.number().int().min(1000).max(4_000_000_000).default(60_000),
  SANDBOX_SLOTS: z.coerce.number().int().min(1).max(4096).default(32),
  SANDBOX_LOCK_DIR: z.string().default("/run/studio-sandbox"),
  SERVE_WEB: z.enum(["true", "false"]).default("true"),
  WEB_DIST_DIR: optionalString,
  ADMIN_EMAILS: csv,
  ...llmSettingsSchema.shape,
  ...sttSettingsSchema.shape,
  ...ttsSettingsSchema.shape,
  ...embeddingsSettingsSchema.shape,
  OAUTH_REDIRECT_BASE: optionalUrl,
  KAKAO_CLIENT_ID: optionalString,
  KAKAO_CLIENT_SECRET: optionalString,
  GOOGLE_CLIENT_ID: optionalString,
  GOOGLE_CLIENT_SECRET: optionalString,
  NAVER_CLIENT_ID: optionalString,
  NAVER_CLIENT_SECRET: optionalString,
});
export type Config = z.infer<typeof configSchema>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
  }
}

/** Parses the environment, naming every bad setting at once so a newcomer fixes them in one go. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = configSchema.safeParse(env);
  if (parsed.success) return parsed.data;
  throw new ConfigError(
    parsed.error.issues.map(
      (issue) =>
        `${issue.path.join(".")}: ${issue.message} (got ${JSON.stringify(env[String(issue.path[0])])})`,
    ),
  );
}
