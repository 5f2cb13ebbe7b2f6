import { describe, expect, it } from "vitest";
import { MemoryCounterStore } from "./counter-store";
import { LoginThrottle } from "./login-throttle";

function throttle(now: () => number, slept: number[] = []) {
  return new LoginThrottle(
    new MemoryCounterStore(now),
    { maxFailures: 3, windowMs: 60_000, maxDelayMs: 2000 },
    async (ms) => {
      slept.push(ms);
    },
  );
}

describe("LoginThrottle", () => {
  it("makes only the failing (email, address) pair wait, until its window ends", async () => {
    let now = 0;
    const t = throttle(() => now);
    for (let i = 0; i < 3; i++) {
      expect(await t.retryAfterMs("a@x.com", "1.1.1.1")).toBe(0);
      await t.recordFailure("a@x.com", "1.1.1.1");
      now += 1000;
    }
    expect(await t.retryAfterMs("a@x.com", "1.1.1.1")).toBe(57_000);
    // The owner from another address, and another account from the same address, are not refused.
    expect(await t.retryAfterMs("a@x.com", "2.2.2.2")).toBe(0);
    expect(await t.retryAfterMs("b@x.com", "1.1.1.1")).toBe(0);
    now = 60_001;
    expect(await t.retryAfterMs("a@x.com", "1.1.1.1")).toBe(0);
  });

  it("never refuses anyone for many failures of other accounts from one address: it slows failures", async () => {
    const slept: number[] = [];
    const t = throttle(() => 0, slept);
    for (let i = 0; i < 30; i++) await t.recordFailure(`victim${i}@x.com`, "9.9.9.9");
    expect(await t.retryAfterMs("owner@x.com", "9.9.9.9")).toBe(0);
    // Pauses start past 4x the limit (12 failures), grow, and stop at the cap.
    expect(slept[0]).toBe(250);
    expect(slept.at(-1)).toBe(2000);
    expect(slept).toHaveLength(30 - 12);
  });

  it("forgets the pair after a successful login", async () => {
    const t = throttle(() => 0);
    for (let i = 0; i < 3; i++) await t.recordFailure("k@x.com", "a");
    expect(await t.retryAfterMs("k@x.com", "a")).toBeGreaterThan(0);
    await t.recordSuccess("k@x.com", "a");
    expect(await t.retryAfterMs("k@x.com", "a")).toBe(0);
  });
});
