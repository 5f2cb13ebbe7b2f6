import {
  DEFAULT_ATTEMPTS,
  DEFAULT_BACKOFF_MS,
  type JobHandler,
  type JobOptions,
  type JobQueue,
} from "./job-queue";

interface Worker {
  handler: JobHandler<unknown>;
  concurrency: number;
  running: number;
  waiting: Array<() => void>;
}

interface Logger {
  error(obj: object, msg: string): void;
}

/** Jobs in this process: retries with exponential backoff, per-name concurrency, delays and repeats. */
export class InProcessQueue implements JobQueue {
  private readonly workers = new Map<string, Worker>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly pendingIds = new Set<string>();
  private readonly settleWaiters = new Map<string, Array<() => void>>();
  private inFlight = 0;
  private idleWaiters: Array<() => void> = [];
  private closed = false;

  constructor(
    private readonly log: Logger,
    private readonly defaultConcurrency = 2,
  ) {}

  register<T>(name: string, handler: JobHandler<T>, options: { concurrency?: number } = {}): void {
    this.workers.set(name, {
      handler: handler as JobHandler<unknown>,
      concurrency: options.concurrency ?? this.defaultConcurrency,
      running: 0,
      waiting: [],
    });
  }

  async enqueue<T>(name: string, data: T, options: JobOptions = {}): Promise<void> {
    if (this.closed) throw new Error("queue is closed");
    if (!this.workers.has(name)) throw new Error(`no handler registered for job "${name}"`);
    if (options.jobId) {
      if (this.pendingIds.has(options.jobId)) return;
      this.pendingIds.add(options.jobId);
    }
    this.inFlight++;
    this.later(options.delayMs ?? 0, () => void this.run(name, data, options, 1));
  }

  settled(_name: string, jobId: string, timeoutMs: number): Promise<boolean> {
    if (!this.pendingIds.has(jobId)) return Promise.resolve(true);
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        resolve(true);
      };
      const timer = setTimeout(() => {
        const waiters = this.settleWaiters.get(jobId) ?? [];
        this.settleWaiters.set(
          jobId,
          waiters.filter((w) => w !== done),
        );
        resolve(false);
      }, timeoutMs);
      this.settleWaiters.set(jobId, [...(this.settleWaiters.get(jobId) ?? []), done]);
    });
  }

  async repeat<T>(name: string, everyMs: number, data: T): Promise<void> {
    const timer = setInterval(() => {
      if (!this.closed) void this.enqueue(name, data, { jobId: `repeat:${name}`, attempts: 1 });
    }, everyMs);
    timer.unref();
    this.timers.add(timer);
  }

  drain(): Promise<void> {
    if (this.inFlight === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  status() {
    return {
      enabled: true,
      provider: "in-process",
      detail: "jobs run inside this server process (set REDIS_URL for BullMQ)",
    };
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }

  private later(ms: number, fn: () => void) {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      fn();
    }, ms);
    this.timers.add(timer);
  }

  private async run(name: string, data: unknown, options: JobOptions, attempt: number): Promise<void> {
    const worker = this.workers.get(name)!;
    await this.acquire(worker);
    try {
      await worker.handler(data, attempt);
      this.finish(options);
    } catch (error) {
      const attempts = options.attempts ?? DEFAULT_ATTEMPTS;
      this.log.error({ err: error, job: name, attempt }, "job failed");
      if (attempt < attempts && !this.closed) {
        const backoff = (options.backoffMs ?? DEFAULT_BACKOFF_MS) * 2 ** (attempt - 1);
        this.later(backoff, () => void this.run(name, data, options, attempt + 1));
      } else {
        this.finish(options);
      }
    } finally {
      this.release(worker);
    }
  }

  private finish(options: JobOptions) {
    if (options.jobId) {
      this.pendingIds.delete(options.jobId);
      for (const done of this.settleWaiters.get(options.jobId) ?? []) done();
      this.settleWaiters.delete(options.jobId);
    }
    this.inFlight--;
    if (this.inFlight === 0) {
      for (const resolve of this.idleWaiters.splice(0)) resolve();
    }
  }

  private acquire(worker: Worker): Promise<void> {
    if (worker.running < worker.concurrency) {
      worker.running++;
      return Promise.resolve();
    }
    return new Promise((resolve) => worker.waiting.push(resolve));
  }

  private release(worker: Worker) {
    const next = worker.waiting.shift();
    if (next) next();
    else worker.running--;
  }
}
