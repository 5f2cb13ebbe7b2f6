import { afterAll, describe, expect, it } from "vitest";
import { BullmqQueue } from "../src/jobs/bullmq-queue";
import { requireInCi } from "./required-services";

const redisUrl = process.env.TEST_REDIS_URL;

describe("BullMQ queue on a real Redis", () => {
  if (!requireInCi("Redis (TEST_REDIS_URL)", redisUrl)) return;
  const queues: BullmqQueue[] = [];
  const make = async () => {
    const queue = new BullmqQueue(redisUrl!, 2);
    await queue.ready();
    queues.push(queue);
    return queue;
  };
  const unique = (name: string) => `${name}-${crypto.randomUUID().slice(0, 8)}`;
  afterAll(async () => {
    for (const q of queues) await q.close();
  });

  it("runs a job and retries it with backoff until it succeeds", async () => {
    const queue = await make();
    const name = unique("flaky");
    const attempts: number[] = [];
    const done = new Promise<void>((resolve) => {
      queue.register<{ n: number }>(name, async (data, attempt) => {
        attempts.push(attempt);
        expect(data.n).toBe(7);
        if (attempt < 2) throw new Error("first try fails");
        resolve();
      });
    });
    await queue.enqueue(name, { n: 7 }, { attempts: 3, backoffMs: 20 });
    await done;
    expect(attempts).toEqual([1, 2]);
  });

  it("shares work between two queue instances, as two server processes would", async () => {
    const producer = await make();
    const consumer = await make();
    const name = unique("shared");
    const seen: number[] = [];
    const done = new Promise<void>((resolve) => {
      consumer.register<number>(name, async (n) => {
        seen.push(n);
        if (seen.length === 5) resolve();
      });
    });
    for (let i = 0; i < 5; i++) await producer.enqueue(name, i);
    await done;
    expect(seen.sort()).toEqual([0, 1, 2, 3, 4]);
  });

  it("repeats a scheduled job", async () => {
    const queue = await make();
    const name = unique("tick");
    let runs = 0;
    const done = new Promise<void>((resolve) => {
      queue.register(name, async () => {
        runs++;
        if (runs === 3) resolve();
      });
    });
    await queue.repeat(name, 100, {});
    await done;
    expect(runs).toBeGreaterThanOrEqual(3);
  });

  it("tells a waiting request when a job has settled, and when it has not within the wait", async () => {
    const queue = await make();
    const name = unique("settle");
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    queue.register(name, async () => held);
    await queue.enqueue(name, {}, { jobId: `${name}:1` });
    expect(await queue.settled(name, `${name}:1`, 300)).toBe(false);
    const waiting = queue.settled(name, `${name}:1`, 60_000);
    release();
    expect(await waiting).toBe(true);
  });
});
