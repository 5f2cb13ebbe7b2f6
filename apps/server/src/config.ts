import { optionalString, optionalUrl, unsetIfEmpty } from "@studio/protocol";
import {
  embeddingsSettingsSchema,
  llmSettingsSchema,
  sttSettingsSchema,
  ttsSettingsSchema,
} from "@studio/providers";
import { z } from "zod";
import { roleProblems } from "./cluster/role";
import { storageProblems } from "./recording/storage-settings";

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
  /**
   * Which X-Forwarded-For hops to believe: "false" (none), a hop count ("1" = the nearest proxy; "true"
   * means 1, never "any client"), or a comma list of proxy addresses/CIDRs.
   */
  TRUST_PROXY: z
    .string()
    .default("false")
    .transform((v, ctx): false | number | string[] => {
      const value = v.trim();
      if (value === "" || value === "false" || value === "0") return false;
      if (value === "true") return 1;
      if (/^\d+$/.test(value)) return Number(value);
      const list = value
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean);
      if (list.every((item) => /^[0-9a-fA-F.:]+(\/\d{1,3})?$/.test(item))) return list;
      ctx.addIssue({
        code: "custom",
        message: "a hop count, true/false, or a comma list of addresses/CIDRs",
      });
      return z.NEVER;
    }),
  /** Mail for verification and password reset; without it links are written to the log. */
  SMTP_URL: optionalUrl,
  MAIL_FROM: z.string().default("Interview Studio <no-reply@localhost>"),
  /** The address candidates open the app at; mailed links point here. */
  PUBLIC_URL: optionalUrl,
  /** Sign-ups per client address per hour, and argon2 hashes computed at once (64 MiB each). */
  REGISTER_MAX_PER_HOUR: z.coerce.number().int().positive().default(10),
  PASSWORD_HASH_CONCURRENCY: z.coerce.number().int().positive().default(2),
  /** Longest pause a failed login is answered after, once failures pile up. */
  LOGIN_MAX_DELAY_MS: z.coerce.number().int().min(0).default(3000),
  /** Per-user requests per minute on the expensive routes. */
  EVALUATE_PER_MINUTE: z.coerce.number().int().positive().default(60),
  EXECUTE_PER_MINUTE: z.coerce.number().int().positive().default(30),
  SUBMIT_PER_MINUTE: z.coerce.number().int().positive().default(20),
  RESUME_UPLOADS_PER_HOUR: z.coerce.number().int().positive().default(20),
  /** /docs is public in development; in production only when this is true. */
  DOCS_PUBLIC: unsetIfEmpty(z.enum(["true", "false"])),
  /** When set, /metrics answers only `Authorization: Bearer <METRICS_TOKEN>`; in production it is off without it. */
  METRICS_TOKEN: optionalString,
  /** A WebSocket that answers no ping for this long is closed. */
  WS_HEARTBEAT_SECONDS: z.coerce.number().positive().default(30),
  JOB_CONCURRENCY: z.coerce.number().int().positive().default(2),
  /** Coding sandbox (root mode): SANDBOX_SLOTS slots of two host uids (supervisor, program) from SANDBOX_UID_BASE
   * (.. + 2 * SANDBOX_SLOTS - 1), locked host-wide. SANDBOX_CGROUP (read by the sandbox): a delegated cgroup v2. */
  SANDBOX_UID_BASE: z.coerce.number().int().min(1000).max(4_000_000_000).default(60_000),
  SANDBOX_SLOTS: z.coerce.number().int().min(1).max(4096).default(32),
  /** Pre-started sandboxes kept waiting for runs (each used once; 0 turns the warm pool off). */
  SANDBOX_WARM: z.coerce.number().int().min(0).max(64).default(2),
  SANDBOX_LOCK_DIR: z.string().default("/run/studio-sandbox"),
  /** Cluster: "api" (HTTP + WebSocket), "worker" (jobs and coding runs) or "all" (one process); see cluster/role.ts. */
  ROLE: z.enum(["api", "worker", "all"]).default("all"),
  /** How long an API node waits for a worker's verdict on a coding run before answering 503. */
  CODING_TIMEOUT_SECONDS: z.coerce.number().positive().default(60),
  /** A job whose worker stops renewing its lock for this long is handed to another worker. */
  JOB_LOCK_SECONDS: z.coerce.number().positive().default(30),
  /** How often submissions left pending by a stopped node are looked for (coding/pending-sweep.ts). */
  PENDING_SWEEP_SECONDS: z.coerce.number().positive().default(60),
  SERVE_WEB: z.enum(["true", "false"]).default("true"),
  /** One answer recording kept on the server, and all of one user's, in bytes. */
  RECORDING_MAX_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(50 * 1024 * 1024),
  RECORDING_QUOTA_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(1024 * 1024 * 1024),
  /** Where recordings kept on the server live: files under DATA_DIR, or an S3-compatible bucket. */
  STORAGE_PROVIDER: z.enum(["disk", "s3"]).default("disk"),
  S3_ENDPOINT: optionalUrl,
  S3_REGION: z.string().default("us-east-1"),
  S3_BUCKET: optionalString,
  S3_PREFIX: z.string().default("recordings/"),
  S3_ACCESS_KEY_ID: optionalString,
  S3_SECRET_ACCESS_KEY: optionalString,
  S3_FORCE_PATH_STYLE: z.enum(["true", "false"]).default("true"),
  WEB_DIST_DIR: optionalString,
  ADMIN_EMAILS: csv,
  /** Panel interviews: how often the live evaluation runs, and how long invitation links stay valid. */
  PANEL_EVALUATION_INTERVAL_MS: z.coerce.number().int().min(200).max(3_600_000).default(30_000),
  PANEL_INVITE_TTL_HOURS: z.coerce
    .number()
    .positive()
    .max(24 * 90)
    .default(72),
  /** A live panel room with nobody connected is dropped from memory after this long (its state is stored). */
  PANEL_ROOM_IDLE_MS: z.coerce.number().int().min(50).max(86_400_000).default(600_000),
  /** What one panel may store (a hostile participant cannot grow it, nor its evaluation's work, without end). */
  PANEL_MAX_UTTERANCES: z.coerce.number().int().min(1).max(100_000).default(2000),
  PANEL_MAX_TRANSCRIPT_CHARS: z.coerce.number().int().min(100).max(10_000_000).default(300_000),
  PANEL_MAX_NOTES: z.coerce.number().int().min(1).max(100_000).default(500),
  /** Speaker diarization for shared-room panels: none (the interviewer taps), deepgram, or a pyannote-compatible HTTP service. */
  DIARIZATION_PROVIDER: z.enum(["none", "deepgram", "pyannote"]).default("none"),
  DIARIZATION_URL: optionalUrl,
  DIARIZATION_API_KEY: optionalString,
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
  if (parsed.success) {
    const problems = [...roleProblems(parsed.data), ...storageProblems(parsed.data)];
    if (problems.length > 0) throw new ConfigError(problems);
    return parsed.data;
  }
  throw new ConfigError(
    parsed.error.issues.map(
      (issue) =>
        `${issue.path.join(".")}: ${issue.message} (got ${JSON.stringify(env[String(issue.path[0])])})`,
    ),
  );
}
