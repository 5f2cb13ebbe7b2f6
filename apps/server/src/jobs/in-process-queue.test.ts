import { describe, expect, it } from "vitest";
import { InProcessQueue } from "./in-process-queue";

const silent = { error() {} };

describe("InProcessQueue", () => {
  it("retries a failing job with backoff until it succeeds", async () => {
    const queue = new InProcessQueue(silent);
    const attempts: number[] = [];
    queue.register("flaky", async (_data, attempt) => {
      attempts.push(attempt);
      if (attempt < 3) throw new Error("not yet");
    });
    await queue.enqueue("flaky", {}, { attempts: 3, backoffMs: 5 });
    await queue.drain();
    expect(attempts).toEqual([1, 2, 3]);
  });

  it("settles a waiter when its job finishes, or on time out while it still runs", async () => {
    const queue = new InProcessQueue(silent);
    let release = () => {};
    queue.register("slow", () => new Promise<void>((resolve) => (release = resolve)));
    await queue.enqueue("slow", {}, { jobId: "slow:1" });
    expect(await queue.settled("slow", "slow:1", 5)).toBe(false);
    const waiting = queue.settled("slow", "slow:1", 60_000);
    release();
    expect(await waiting).toBe(true);
    // Finished jobs (and jobs never queued) are settled at once.
    expect(await queue.settled("slow", "slow:1", 60_000)).toBe(true);
  });

  it("settles a waiter on a job that failed for good", async () => {
    const queue = new InProcessQueue(silent);
    queue.register("broken", async () => {
      throw new Error("always");
    });
    await queue.enqueue("broken", {}, { jobId: "broken:1", attempts: 2, backoffMs: 1 });
    expect(await queue.settled("broken", "broken:1", 60_000)).toBe(true);
  });

  it("gives up after the last attempt", async () => {
    const queue = new InProcessQueue(silent);
    let calls = 0;
    queue.register("broken", async () => {
      calls++;
      throw new Error("always");
    });
    await queue.enqueue("broken", {}, { attempts: 2, backoffMs: 1 });
    await queue.drain();
    expect(calls).toBe(2);
  });

  it("never runs more jobs of a name at once than its concurrency", async () => {
    const queue = new InProcessQueue(silent);
    let running = 0;
    let peak = 0;
    queue.register(
      "slow",
      async () => {
        running++;
        peak = Math.max(peak, running);
        await new Promise((r) => setTimeout(r, 10));
        running--;
      },
      { concurrency: 2 },
    );
    await Promise.all(Array.from({ length: 8 }, (_, i) => queue.enqueue("slow", i)));
    await queue.drain();
    expect(peak).toBe(2);
  });

  it("runs a delayed job no earlier than its delay", async () => {
    const queue = new InProcessQueue(silent);
    const started = Date.now();
    let ranAt = 0;
    queue.register("later", async () => {
      ranAt = Date.now();
    });
    await queue.enqueue("later", {}, { delayMs: 60 });
    await queue.drain();
    expect(ranAt - started).toBeGreaterThanOrEqual(55);
  });

  it("runs a repeating job again and again until closed", async () => {
    const queue = new InProcessQueue(silent);
    let runs = 0;
    queue.register("tick", async () => {
      runs++;
    });
    await queue.repeat("tick", 10, {});
    await new Promise((r) => setTimeout(r, 80));
    await queue.close();
    const seen = runs;
    expect(seen).toBeGreaterThanOrEqual(3);
    await new Promise((r) => setTimeout(r, 40));
    expect(runs).toBe(seen);
  });

  it("does not queue a job twice under the same id while it waits", async () => {
    const queue = new InProcessQueue(silent);
    let runs = 0;
    queue.register("once", async () => {
      runs++;
    });
    await queue.enqueue("once", {}, { jobId: "x", delayMs: 10 });
    await queue.enqueue("once", {}, { jobId: "x", delayMs: 10 });
    await queue.drain();
    expect(runs).toBe(1);
  });
});
