import { describe, expect, it } from "vitest";
import { SandboxBusyError } from "./sandbox-errors";
import { SlotPool } from "./slot-pool";

describe("SlotPool", () => {
  it("gives each concurrent run its own slot, and queues the rest in order", async () => {
    const pool = new SlotPool(2, 10);
    const a = await pool.acquire();
    const b = await pool.acquire();
    expect([a.index, b.index].sort()).toEqual([0, 1]);
    const order: number[] = [];
    const c = pool.acquire().then((slot) => {
      order.push(1);
      return slot;
    });
    const d = pool.acquire().then((slot) => {
      order.push(2);
      return slot;
    });
    expect(pool.queued).toBe(2);
    pool.release(b);
    pool.release(a);
    expect([(await c).index, (await d).index]).toEqual([1, 0]);
    expect(order).toEqual([1, 2]);
  });

  it("rejects when the queue is full", async () => {
    const pool = new SlotPool(1, 1);
    await pool.acquire();
    void pool.acquire();
    await expect(pool.acquire()).rejects.toBeInstanceOf(SandboxBusyError);
  });

  it("releases the slot when the work throws", async () => {
    const pool = new SlotPool(1, 0);
    await expect(pool.with(async () => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    expect(pool.running).toBe(0);
  });
});
