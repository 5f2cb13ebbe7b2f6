import { Queue, QueueEvents, Worker } from "bullmq";
import { Redis } from "ioredis";
import {
  DEFAULT_ATTEMPTS,
  DEFAULT_BACKOFF_MS,
  type JobHandler,
  type JobOptions,
  type JobQueue,
} from "./job-queue";
import { isWaitTimeout, waitForJob } from "./wait-for-job";

export const PREFIX = "studio";

/** Cluster options: API nodes only enqueue; workers consume, and record each run in the job ledger. */
export interface BullmqOptions {
  /** False on ROLE=api: register() keeps no worker, so jobs run only on worker processes. */
  consume?: boolean;
  /** A worker that stops renewing a job's lock this long (it died) loses the job to another worker. */
  lockDurationMs?: number;
  /** Told when a job starts and when it completes (see cluster/job-ledger.ts). */
  ledger?: (event: "started" | "completed", queue: string, jobId: string) => Promise<void>;
}

/** BullMQ on Redis: the same jobs, shared by every server process that points at the same Redis. */
export class BullmqQueue implements JobQueue {
  private readonly connection: Redis;
  private readonly queues = new Map<string, Queue>();
  private readonly workers: Worker[] = [];
  private readonly events = new Map<string, QueueEvents>();
  private lastError: string | null = null;

  constructor(
    private readonly url: string,
    private readonly defaultConcurrency = 2,
    private readonly options: BullmqOptions = {},
  ) {
    // BullMQ workers block on Redis; they need unlimited retries per request.
    this.connection = new Redis(url, { maxRetriesPerRequest: null, lazyConnect: false });
    this.connection.on("error", (error) => {
      this.lastError = error.message;
    });
  }

  /** Fails fast at start when Redis is not reachable, instead of queueing jobs into the void. */
  async ready(): Promise<void> {
    await this.connection.ping();
  }

  register<T>(name: string, handler: JobHandler<T>, options: { concurrency?: number } = {}): void {
    if (this.options.consume === false) return;
    const ledger = this.options.ledger;
    const run = async (job: { id?: string; data: unknown; attemptsMade: number }) => {
      await ledger?.("started", name, job.id ?? "");
      await handler(job.data as T, job.attemptsMade + 1);
      await ledger?.("completed", name, job.id ?? "");
    };
    const worker = new Worker(name, run, {
      connection: this.connection.duplicate(),
      concurrency: options.concurrency ?? this.defaultConcurrency,
      prefix: PREFIX,
      ...lockSettings(this.options.lockDurationMs),
    });
    worker.on("error", (error) => {
      this.lastError = error.message;
    });
    this.workers.push(worker);
  }

  async enqueue<T>(name: string, data: T, options: JobOptions = {}): Promise<void> {
    await this.queue(name).add(name, data, {
      delay: options.delayMs,
      attempts: options.attempts ?? DEFAULT_ATTEMPTS,
      backoff: { type: "exponential", delay: options.backoffMs ?? DEFAULT_BACKOFF_MS },
      // BullMQ keeps finished jobs by default; dropping them keeps Redis small and lets a jobId be reused.
      removeOnComplete: true,
      removeOnFail: 100,
      jobId: options.jobId?.replaceAll(":", "-"),
    });
  }

  async settled(name: string, jobId: string, timeoutMs: number): Promise<boolean> {
    const events = this.queueEvents(name);
    await events.waitUntilReady();
    const job = await this.queue(name).getJob(jobId.replaceAll(":", "-"));
    if (!job) return true; // finished and removed (removeOnComplete), or never there
    // A job that failed for good has settled too.
    return waitForJob(job, events, timeoutMs).then(
      () => true,
      (error) => !isWaitTimeout(error),
    );
  }

  async repeat<T>(name: string, everyMs: number, data: T): Promise<void> {
    // One scheduler id per name: every node asks for it, Redis keeps one (once per cluster, not per node).
    await this.queue(name).upsertJobScheduler(
      `repeat-${name}`,
      { every: everyMs },
      { name, data, opts: { removeOnComplete: true, removeOnFail: 100 } },
    );
  }

  async drain(): Promise<void> {
    for (let i = 0; i < 600; i++) {
      const counts = await Promise.all(
        [...this.queues.values()].map((q) => q.getJobCounts("waiting", "active", "prioritized")),
      );
      if (counts.every((c) => (c.waiting ?? 0) + (c.active ?? 0) + (c.prioritized ?? 0) === 0)) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  status() {
    const host = new URL(this.url).host;
    return this.lastError
      ? {
          enabled: true,
          provider: "bullmq",
          detail: `BullMQ on Redis at ${host}; last error: ${this.lastError}`,
          degraded: true,
        }
      : { enabled: true, provider: "bullmq", detail: `BullMQ on Redis at ${host}` };
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.close()));
    await Promise.all([...this.queues.values()].map((q) => q.close()));
    await Promise.all([...this.events.values()].map((e) => e.close()));
    await Promise.all(this.workers.map((w) => w.disconnect()));
    this.connection.disconnect();
  }

  private queueEvents(name: string): QueueEvents {
    let events = this.events.get(name);
    if (!events) {
      // QueueEvents blocks on its own connection (XREAD), like a worker.
      events = new QueueEvents(name, { connection: this.connection.duplicate(), prefix: PREFIX });
      this.events.set(name, events);
    }
    return events;
  }

  private queue(name: string): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = new Queue(name, { connection: this.connection, prefix: PREFIX });
      this.queues.set(name, queue);
    }
    return queue;
  }
}

/** A lost lock is noticed within one more lock period: stalled jobs are looked for that often too. */
export function lockSettings(lockDurationMs: number | undefined) {
  return lockDurationMs ? { lockDuration: lockDurationMs, stalledInterval: lockDurationMs } : {};
}
