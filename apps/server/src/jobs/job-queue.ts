import type { ServiceStatus } from "@studio/protocol";

export type JobHandler<T> = (data: T, attempt: number) => Promise<void>;

export interface JobOptions {
  /** Run no earlier than this many milliseconds from now. */
  delayMs?: number;
  /** Total tries, the first included. */
  attempts?: number;
  /** Base of the exponential backoff between tries. */
  backoffMs?: number;
  /** A job with the same id that is still waiting is not added twice. */
  jobId?: string;
}

/** The small queue interface the app needs; in-process by default, BullMQ on Redis when configured. */
export interface JobQueue {
  register<T>(name: string, handler: JobHandler<T>, options?: { concurrency?: number }): void;
  enqueue<T>(name: string, data: T, options?: JobOptions): Promise<void>;
  /**
   * Resolves true once the job queued with `jobId` has finished (done, or failed for good), false when
   * `timeoutMs` pass first. Event-driven: a request that waits on its job does not poll a database.
   */
  settled(name: string, jobId: string, timeoutMs: number): Promise<boolean>;
  /** Runs `name` every `everyMs` for as long as the queue lives (one schedule per name). */
  repeat<T>(name: string, everyMs: number, data: T): Promise<void>;
  /** Resolves when nothing is queued or running (used by tests and graceful shutdown). */
  drain(): Promise<void>;
  status(): ServiceStatus;
  close(): Promise<void>;
}

export const DEFAULT_ATTEMPTS = 3;
export const DEFAULT_BACKOFF_MS = 500;
