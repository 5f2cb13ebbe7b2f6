import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { ServiceStatus } from "@studio/protocol";
import {
  createEmbedder,
  createResilientLlm,
  createSpeechRecognizer,
  createSpeechSynthesizer,
  type Embedder,
  embeddingsStatus,
  llmStatus,
  type ResilientLlm,
  type SpeechRecognizer,
  type SpeechSynthesizer,
  sttStatus,
  ttsStatus,
} from "@studio/providers";
import { createSandbox, loadProblems, PROBLEMS_DIR, type ProblemSet, type Sandbox } from "@studio/sandbox";
import type { FastifyBaseLogger } from "fastify";
import { AccountTokens } from "./auth/account-tokens";
import { type CounterStore, createCounterStore } from "./auth/counter-store";
import { LoginSessions } from "./auth/login-sessions";
import { LoginThrottle } from "./auth/login-throttle";
import { setPasswordHashConcurrency } from "./auth/passwords";
import { configuredSocialClients, type SocialClient } from "./auth/social-providers";
import { type Cluster, createCluster } from "./cluster/cluster";
import { consumesJobs } from "./cluster/role";
import type { Config } from "./config";
import { connectDatabase, type Database, type DatabaseHandle } from "./db/connect-database";
import { PromptStore } from "./interview/prompt-store";
import { BullmqQueue } from "./jobs/bullmq-queue";
import { InProcessQueue } from "./jobs/in-process-queue";
import type { JobQueue } from "./jobs/job-queue";
import { AccountMailer } from "./mail/account-mailer";
import { createMailer } from "./mail/mailer";
import { createDiarizer, type Diarizer, diarizationStatus } from "./panel/diarization";
import type { RecordingStore } from "./recording/recording-store";
import { createRecordingStore, storageStatus } from "./recording/storage-settings";
import { version } from "./version";
import { whiteboardReviewStatus } from "./whiteboard/review-status";

/** Everything the routes and jobs use, picked from configuration in this one place. */
export interface AppServices {
  config: Config;
  version: string;
  database: DatabaseHandle;
  db: Database;
  queue: JobQueue;
  /** The configured LLM behind timeouts, retries and a circuit breaker; null means rules only. */
  llm: ResilientLlm | null;
  prompts: PromptStore;
  /** Server speech (espeak-ng by default); null means the browser speaks. */
  speech: SpeechSynthesizer | null;
  /** Server speech recognition when configured; null means the browser listens. */
  recognizer: SpeechRecognizer | null;
  /** Embeddings for hybrid resume search when configured; null means BM25 alone. */
  embedder: Embedder | null;
  /** Speaker diarization for shared-room panels when configured. */
  diarizer: Diarizer | null;
  /** The coding test's sandbox (bubblewrap) and its problems. */
  sandbox: Sandbox;
  /** What the coding routes run on: the local sandbox, or worker processes when REDIS_URL is set. */
  codingSandbox: Sandbox;
  problems: ProblemSet;
  /** Shared state of a Redis-backed deployment (workers, ledger, live connections); null in one process. */
  cluster: Cluster | null;
  loginSessions: LoginSessions;
  /** Failed logins per (email, address), email and address; see login-throttle.ts. */
  loginThrottle: LoginThrottle;
  /** Expiring counters, in Redis when REDIS_URL is set so limits hold across processes. */
  counters: CounterStore;
  /** Verification and password-reset mails with their single-use tokens. */
  accountMailer: AccountMailer;
  socialClients: Partial<Record<"kakao" | "google" | "naver", SocialClient>>;
  /** Where recordings kept on the server live (DATA_DIR or an S3-compatible bucket). */
  recordingStore: RecordingStore;
  serviceStatuses(): Promise<Record<string, ServiceStatus>>;
  close(): Promise<void>;
}

export async function createServices(config: Config, log: FastifyBaseLogger): Promise<AppServices> {
  const database = await connectDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR });
  const cluster = config.REDIS_URL ? await createCluster(config, config.REDIS_URL) : null;
  const queue = await createQueue(config, log, cluster);
  const secret = sessionSecret(config);
  // Across nodes a cached login would outlive a logout made on another node: no cache then.
  const loginSessions = new LoginSessions(
    database.db,
    secret,
    config.SESSION_TTL_HOURS * 3_600_000,
    cluster ? 0 : undefined,
  );
  const baseUrl = `http://${config.HOST === "0.0.0.0" ? "localhost" : config.HOST}:${config.PORT}`;
  setPasswordHashConcurrency(config.PASSWORD_HASH_CONCURRENCY);
  const counters = createCounterStore(config.REDIS_URL);
  const mailer = createMailer(config, log);
  // Mailed links point at PUBLIC_URL, never at the request's Host header (which a client chooses).
  const accountMailer = new AccountMailer(
    new AccountTokens(database.db, secret),
    mailer,
    config.PUBLIC_URL ?? baseUrl,
    log,
  );
  const llm = createResilientLlm(config);
  const speech = createSpeechSynthesizer(config);
  const recognizer = createSpeechRecognizer(config);
  const sandbox = createSandbox({
    uidBase: config.SANDBOX_UID_BASE,
    uidSlots: config.SANDBOX_SLOTS,
    uidLockDir: config.SANDBOX_LOCK_DIR,
    warm: config.SANDBOX_WARM > 0 && { total: config.SANDBOX_WARM },
  });
  const embedder = createEmbedder(config);
  const diarizer = createDiarizer(config);
  const recordingStore = createRecordingStore(config);
  // Finding the toolchains and building the supervisor takes a moment: start now, answer /api/status later.
  const sandboxStatus = sandbox
    .status()
    .catch(
      (error: Error): ServiceStatus => ({ enabled: false, provider: "bubblewrap", detail: error.message }),
    );
  // Load the voice-activity model now, not when the first candidate speaks.
  void recognizer
    ?.warmUp()
    .catch((error) => log.error({ err: error }, "speech recognizer failed to warm up"));
  return {
    config,
    version,
    database,
    db: database.db,
    queue,
    llm,
    prompts: new PromptStore(database.db),
    speech,
    recognizer,
    sandbox,
    codingSandbox: cluster ? cluster.codingSandbox(sandbox) : sandbox,
    problems: await loadProblems(PROBLEMS_DIR),
    cluster,
    embedder,
    diarizer,
    recordingStore,
    loginSessions,
    loginThrottle: new LoginThrottle(counters, {
      maxFailures: config.LOGIN_MAX_FAILURES,
      windowMs: config.LOGIN_WINDOW_MINUTES * 60_000,
      maxDelayMs: config.LOGIN_MAX_DELAY_MS,
    }),
    counters,
    accountMailer,
    socialClients: configuredSocialClients(config, baseUrl),
    serviceStatuses: async () => ({
      database: database.status(),
      queue: queue.status(),
      llm: llmStatus(llm),
      stt: sttStatus(recognizer),
      tts: ttsStatus(config, speech),
      embeddings: embeddingsStatus(embedder),
      sandbox: cluster && config.ROLE === "api" ? await cluster.codingStatus() : await sandboxStatus,
      mail: mailer.status(),
      diarization: diarizationStatus(config, diarizer),
      storage: storageStatus(recordingStore),
      whiteboard: whiteboardReviewStatus(config, llm),
    }),
    async close() {
      await counters.close();
      await queue.close();
      await cluster?.close();
      await sandbox.close();
      await database.close();
    },
  };
}

async function createQueue(
  config: Config,
  log: FastifyBaseLogger,
  cluster: Cluster | null,
): Promise<JobQueue> {
  if (!config.REDIS_URL) return new InProcessQueue(log, config.JOB_CONCURRENCY);
  const queue = new BullmqQueue(config.REDIS_URL, config.JOB_CONCURRENCY, {
    consume: consumesJobs(config.ROLE),
    lockDurationMs: config.JOB_LOCK_SECONDS * 1000,
    ledger: cluster ? (event, name, id) => cluster.ledger.record(event, name, id) : undefined,
  });
  await queue.ready();
  return queue;
}

/** SESSION_SECRET when set; otherwise one generated on first start and kept in DATA_DIR. */
export function sessionSecret(config: Config): string {
  if (config.SESSION_SECRET) return config.SESSION_SECRET;
  const file = join(config.DATA_DIR, "session-secret");
  try {
    return readFileSync(file, "utf8").trim();
  } catch {
    mkdirSync(config.DATA_DIR, { recursive: true });
    const secret = randomBytes(32).toString("hex");
    writeFileSync(file, secret, { mode: 0o600 });
    return secret;
  }
}
