import { createSandbox, InvalidSubmissionError } from "@studio/sandbox";
import { Queue, QueueEvents, Worker } from "bullmq";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CodingJob, CodingOutcome } from "../src/cluster/coding-jobs";
import { queuedSandbox } from "../src/cluster/queued-sandbox";
import { WorkerRegistry } from "../src/cluster/worker-registry";
import { ApiError } from "../src/http/api-error";
import { requireInCi } from "./required-services";

const redisServer = process.env.TEST_REDIS_URL;
const PREFIX = "studio";
// The stuck-worker case waits this long; the others have room for a busy machine (not a speed check).
const STUCK_MS = 1500;
const ROOMY_MS = 60_000;

/** What an API node's coding routes get from the queue when workers are missing, stuck or failing. */
describe("coding runs queued to workers on a real Redis", () => {
  if (!requireInCi("Redis (TEST_REDIS_URL)", redisServer)) return;
  let redis: Redis;
  let registry: WorkerRegistry;
  const closing: Array<{ close(): Promise<unknown> }> = [];

  beforeAll(async () => {
    // A Redis database of its own: no worker of another suite is "seen" here.
    const url = new URL(redisServer!);
    url.pathname = "/6";
    redis = new Redis(url.toString(), { maxRetriesPerRequest: null });
    await redis.flushdb();
    registry = new WorkerRegistry(redis);
  });
  afterAll(async () => {
    for (const c of closing.reverse()) await c.close();
    redis?.disconnect();
  });

  /** A queue of its own per test, and the sandbox an API node would hand its coding routes. */
  const sandboxOn = (name: string, timeoutMs = ROOMY_MS) => {
    const queue = new Queue<CodingJob>(name, { connection: redis, prefix: PREFIX });
    const events = new QueueEvents(name, { connection: redis.duplicate(), prefix: PREFIX });
    closing.push(queue, events);
    return { queue, sandbox: queuedSandbox(createSandbox(), queue, events, registry, timeoutMs) };
  };
  const refusal = (run: Promise<unknown>) =>
    run.then(
      () => null,
      (error: unknown) => error,
    );

  it("answers 503 WORKER_UNAVAILABLE at once, queueing nothing, while no worker was seen", async () => {
    const { queue, sandbox } = sandboxOn(`coding-none-${crypto.randomUUID()}`);
    const error = await refusal(sandbox.execute({ language: "python", source: "print(1)" }));
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ statusCode: 503, code: "WORKER_UNAVAILABLE" });
    expect(await queue.count()).toBe(0);
  });

  it("answers 503 WORKER_TIMEOUT when a worker is seen but returns no verdict, and drops the job", async () => {
    await registry.start("stuck-worker");
    try {
      const { queue, sandbox } = sandboxOn(`coding-stuck-${crypto.randomUUID()}`, STUCK_MS);
      const error = await refusal(sandbox.execute({ language: "python", source: "print(1)" }));
      expect(error).toMatchObject({ statusCode: 503, code: "WORKER_TIMEOUT" });
      expect((error as Error).message).toMatch(/within 2 s/);
      // Nobody waits for its verdict any more: it must not run when a worker frees up.
      expect(await queue.getJobCounts("waiting", "delayed", "active")).toEqual({
        waiting: 0,
        delayed: 0,
        active: 0,
      });
    } finally {
      await registry.stop("stuck-worker");
    }
  });

  it("answers 503 WORKER_FAILED when the worker fails the job on both tries", async () => {
    const name = `coding-failing-${crypto.randomUUID()}`;
    const { sandbox } = sandboxOn(name);
    let tries = 0;
    const worker = new Worker<CodingJob>(
      name,
      async () => {
        tries++;
        throw new Error("the worker's disk is full");
      },
      { connection: redis.duplicate(), prefix: PREFIX },
    );
    closing.push(worker);
    await registry.start("failing-worker");
    try {
      const error = await refusal(sandbox.execute({ language: "python", source: "print(1)" }));
      expect(error).toMatchObject({ statusCode: 503, code: "WORKER_FAILED" });
      expect(tries).toBe(2);
    } finally {
      await registry.stop("failing-worker");
    }
  });

  it("turns a worker's refusal back into the sandbox's own error, tried once", async () => {
    const name = `coding-refusing-${crypto.randomUUID()}`;
    const { sandbox } = sandboxOn(name);
    let tries = 0;
    const worker = new Worker<CodingJob, CodingOutcome>(
      name,
      async () => {
        tries++;
        return { ok: false, refusal: { kind: "invalid", message: "source is empty" } };
      },
      { connection: redis.duplicate(), prefix: PREFIX },
    );
    closing.push(worker);
    await registry.start("refusing-worker");
    try {
      const error = await refusal(sandbox.execute({ language: "python", source: "print(1)" }));
      expect(error).toBeInstanceOf(InvalidSubmissionError);
      expect((error as Error).message).toBe("source is empty");
      expect(tries).toBe(1);
    } finally {
      await registry.stop("refusing-worker");
    }
  });

  it("still returns the verdict when the queue's completion event never arrives", async () => {
    const name = `coding-unheard-${crypto.randomUUID()}`;
    const queue = new Queue<CodingJob>(name, { connection: redis, prefix: PREFIX });
    // Events of another queue: this run's completion is never announced to the waiting node,
    // as when a job finishes before the events reader has started.
    const deaf = new QueueEvents(`${name}-elsewhere`, { connection: redis.duplicate(), prefix: PREFIX });
    closing.push(queue, deaf);
    const sandbox = queuedSandbox(createSandbox(), queue, deaf, registry, ROOMY_MS);
    const worker = new Worker<CodingJob, CodingOutcome>(
      name,
      async () => {
        await new Promise((done) => setTimeout(done, 300));
        return { ok: true, result: { stdout: "1\n" } };
      },
      { connection: redis.duplicate(), prefix: PREFIX },
    );
    closing.push(worker);
    await registry.start("unheard-worker");
    try {
      expect(await sandbox.execute({ language: "python", source: "print(1)" })).toEqual({ stdout: "1\n" });
    } finally {
      await registry.stop("unheard-worker");
    }
  });
});
