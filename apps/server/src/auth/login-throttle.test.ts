import { describe, expect, it } from "vitest";
import { LoginThrottle } from "./login-throttle";

describe("LoginThrottle", () => {
  it("blocks after the limit inside the window and frees the key when the oldest failure leaves it", () => {
    let now = 0;
    const throttle = new LoginThrottle(3, 60_000, () => now);
    for (let i = 0; i < 3; i++) {
      expect(throttle.retryAfterMs("a@x.com")).toBe(0);
      throttle.recordFailure("a@x.com");
      now += 1000;
    }
    expect(throttle.retryAfterMs("a@x.com")).toBe(57_000);
    expect(throttle.retryAfterMs("b@x.com")).toBe(0);
    now = 60_001;
    expect(throttle.retryAfterMs("a@x.com")).toBe(0);
  });

  it("forgets a key after a successful login", () => {
    const throttle = new LoginThrottle(1, 60_000, () => 0);
    throttle.recordFailure("k");
    expect(throttle.retryAfterMs("k")).toBeGreaterThan(0);
    throttle.reset("k");
    expect(throttle.retryAfterMs("k")).toBe(0);
  });
});
