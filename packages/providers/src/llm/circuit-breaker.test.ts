import { describe, expect, it } from "vitest";
import { CircuitBreaker } from "./circuit-breaker";
import { LlmUnavailableError } from "./llm-errors";

function breakerAt(time: { now: number }) {
  return new CircuitBreaker(3, 30_000, () => time.now);
}

describe("CircuitBreaker", () => {
  it("opens after three consecutive failures and names the last one", () => {
    const time = { now: 0 };
    const breaker = breakerAt(time);
    for (const reason of ["a", "b", "HTTP 500"]) {
      breaker.admit();
      breaker.recordFailure(reason);
    }
    expect(() => breaker.admit()).toThrow(LlmUnavailableError);
    expect(breaker.state()).toEqual({
      open: true,
      consecutiveFailures: 3,
      lastFailure: "HTTP 500",
      retryInMs: 30_000,
    });
  });

  it("resets the count on a success", () => {
    const breaker = breakerAt({ now: 0 });
    breaker.recordFailure("a");
    breaker.recordFailure("b");
    breaker.recordSuccess();
    breaker.recordFailure("c");
    expect(breaker.state().open).toBe(false);
  });

  it("lets one trial through after the cool-down; others still fail fast", () => {
    const time = { now: 0 };
    const breaker = breakerAt(time);
    for (let i = 0; i < 3; i++) breaker.recordFailure("down");
    time.now = 30_000;
    breaker.admit();
    expect(() => breaker.admit()).toThrow(LlmUnavailableError);
    breaker.recordSuccess();
    expect(() => breaker.admit()).not.toThrow();
  });

  it("reopens for a full cool-down when the trial fails", () => {
    const time = { now: 0 };
    const breaker = breakerAt(time);
    for (let i = 0; i < 3; i++) breaker.recordFailure("down");
    time.now = 30_000;
    breaker.admit();
    breaker.recordFailure("still down");
    time.now = 59_000;
    expect(() => breaker.admit()).toThrow(LlmUnavailableError);
  });

  it("gives the trial to the next call when the caller cancelled it", () => {
    const time = { now: 0 };
    const breaker = breakerAt(time);
    for (let i = 0; i < 3; i++) breaker.recordFailure("down");
    time.now = 30_000;
    breaker.admit();
    breaker.release();
    expect(() => breaker.admit()).not.toThrow();
  });
});
