import { afterAll, describe, expect, it } from "vitest";
import { RedisCounterStore } from "../src/auth/counter-store";
import { LoginThrottle } from "../src/auth/login-throttle";
import { SampleBudget } from "../src/expressions/sample-budget";
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

  it("shares a session's expression sample budget across processes, and gives refused samples back", async () => {
    const session = crypto.randomUUID();
    const first = new SampleBudget(a);
    const second = new SampleBudget(b);
    expect(await first.take(session, 120)).toBe(true);
    expect(await second.take(session, 100)).toBe(true);
    // 220 of 240 used between the two: neither process grants 120 more, both still grant the last 20.
    expect(await first.take(session, 120)).toBe(false);
    expect(await second.take(session, 120)).toBe(false);
    expect(await second.take(session, 20)).toBe(true);
    expect(await first.take(session, 1)).toBe(false);
    expect(await first.take(crypto.randomUUID(), 120)).toBe(true);
  });
});
