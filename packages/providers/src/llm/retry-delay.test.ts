import { APICallError } from "ai";
import { describe, expect, it } from "vitest";
import { LlmTimeoutError, retryAfterMs } from "./llm-errors";
import { retryDelay } from "./retry-delay";

const policy = { maxRetries: 2, baseDelayMs: 100, maxRetryAfterMs: 10_000 };
const httpError = (statusCode: number, headers: Record<string, string> = {}) =>
  new APICallError({ message: "x", url: "u", requestBodyValues: {}, statusCode, responseHeaders: headers });
const far = () => Date.now() + 60_000;

describe("retryDelay", () => {
  it("backs off exponentially for 429 and 5xx", () => {
    expect(retryDelay(httpError(500), 0, far(), policy)).toBeGreaterThanOrEqual(100);
    expect(retryDelay(httpError(429), 1, far(), policy)).toBeGreaterThanOrEqual(200);
    expect(retryDelay(httpError(503), 2, far(), policy)).toBeNull();
  });

  it("honours a longer Retry-After, but not one past the limit or the deadline", () => {
    expect(retryDelay(httpError(429, { "retry-after": "3" }), 0, far(), policy)).toBe(3000);
    expect(retryDelay(httpError(429, { "retry-after": "60" }), 0, far(), policy)).toBeNull();
    expect(retryDelay(httpError(429, { "retry-after": "3" }), 0, Date.now() + 2000, policy)).toBeNull();
  });

  it("does not retry client errors or timeouts", () => {
    expect(retryDelay(httpError(400), 0, far(), policy)).toBeNull();
    expect(retryDelay(new LlmTimeoutError("slow"), 0, far(), policy)).toBeNull();
  });
});

describe("retryAfterMs", () => {
  it("reads seconds, milliseconds and HTTP dates", () => {
    expect(retryAfterMs(httpError(429, { "retry-after": "2" }))).toBe(2000);
    expect(retryAfterMs(httpError(429, { "retry-after-ms": "150" }))).toBe(150);
    const now = Date.parse("2026-01-01T00:00:00Z");
    expect(retryAfterMs(httpError(429, { "retry-after": "Thu, 01 Jan 2026 00:00:05 GMT" }), now)).toBe(5000);
    expect(retryAfterMs(httpError(429))).toBeUndefined();
  });
});
