import { afterAll, describe, expect, it } from "vitest";
import { RedisCounterStore } from "../src/auth/counter-store";
import { LoginThrottle } from "../src/auth/login-throttle";
import { requireInCi } from "./required-services";

const redisUrl = process.env.TEST_REDIS_URL;

// Two stores on one Redis stand for two server processes: a limit counted by one holds in the other.
describe("login counters on a real Redis", () => {
  if (!requireInCi("Redis (TEST_REDIS_URL)", redisUrl)) return;
  const a = new RedisCounterStore(redisUrl!);
  const b = new RedisCounterStore(redisUrl!);
  afterAll(async () => {
    await a.close();
    await b.close();
  });

  it("shares failures across processes and expires them with the window", async () => {
    const email = `${crypto.randomUUID()}@example.com`;
    const options = { maxFailures: 3, windowMs: 1000, maxDelayMs: 0 };
    const first = new LoginThrottle(a, options);
    const second = new LoginThrottle(b, options);
    for (let i = 0; i < 3; i++) await first.recordFailure(email, "10.1.1.1");
    expect(await second.retryAfterMs(email, "10.1.1.1")).toBeGreaterThan(0);
    expect(await second.retryAfterMs(email, "10.1.1.2")).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect(await second.retryAfterMs(email, "10.1.1.1")).toBe(0);
  });
});
