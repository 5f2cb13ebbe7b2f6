import { setTimeout as sleep } from "node:timers/promises";
import { afterEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { createLlmEngine } from "./create-llm-engine";
import { LlmError, LlmTimeoutError, LlmUnavailableError } from "./llm-errors";
import { type LlmCallEvent, type ResilienceOptions, ResilientLlm } from "./resilient-llm";
import {
  type FakeLlmServer,
  type FakeLlmServerOptions,
  fakeLlmSettings,
  startFakeLlmServer,
} from "./testing";

let server: FakeLlmServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

// Budgets roomy enough for a busy shared machine; the timeout tests set their own short ones.
const FAST: Partial<ResilienceOptions> = {
  firstTokenTimeoutMs: 5000,
  objectTimeoutMs: 5000,
  baseDelayMs: 20,
  breakerCooldownMs: 300,
};

async function llmOn(options: FakeLlmServerOptions, resilience: Partial<ResilienceOptions> = {}) {
  server = await startFakeLlmServer(options);
  return new ResilientLlm(createLlmEngine(fakeLlmSettings(server))!, { ...FAST, ...resilience });
}

const chat = { system: "s", messages: [{ role: "user" as const, content: "q" }] };
const okSchema = z.object({ ok: z.boolean() });

async function collect(stream: AsyncIterable<string>): Promise<string> {
  let text = "";
  for await (const delta of stream) text += delta;
  return text;
}

async function failure(promise: Promise<unknown>): Promise<LlmError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(LlmError);
  return error as LlmError;
}

describe("retries", () => {
  it("waits out a 429's Retry-After and then streams", async () => {
    const llm = await llmOn(
      { wire: "openai", replies: [{ status: 429, retryAfter: "1" }, { text: ["ok"] }] },
      {
        firstTokenTimeoutMs: 3000,
      },
    );
    expect(await collect(llm.streamChat(chat))).toBe("ok");
    const [first, second] = server!.requests;
    expect(second!.receivedAt - first!.receivedAt).toBeGreaterThanOrEqual(950);
  });

  it("retries 500s with backoff, up to maxRetries", async () => {
    const events: LlmCallEvent[] = [];
    const llm = await llmOn(
      { wire: "anthropic", replies: [{ status: 500 }, { status: 503 }, { text: ["fine"] }] },
      { onCall: (event) => events.push(event) },
    );
    expect(await collect(llm.streamChat(chat))).toBe("fine");
    expect(server!.requests).toHaveLength(3);
    expect(events).toMatchObject([{ outcome: "ok", attempts: 3 }]);
  });

  it("gives up after maxRetries", async () => {
    const llm = await llmOn({ wire: "openai", fallback: { status: 500 } }, { maxRetries: 1 });
    expect((await failure(collect(llm.streamChat(chat)))).kind).toBe("request_failed");
    expect(server!.requests).toHaveLength(2);
  });

  it("does not wait for a Retry-After that ends past the budget", async () => {
    const llm = await llmOn({ wire: "openai", replies: [{ status: 429, retryAfter: "30" }] });
    // Waiting 30 s would outlast the test's own timeout; one request means no retry was planned either.
    const error = await failure(collect(llm.streamChat(chat)));
    expect(error.message).toContain("429");
    expect(server!.requests).toHaveLength(1);
  });

  it("does not retry a client error", async () => {
    const llm = await llmOn({ wire: "openai", replies: [{ status: 401, message: "bad key" }] });
    await failure(collect(llm.streamChat(chat)));
    expect(server!.requests).toHaveLength(1);
  });

  it("retries an in-stream overload that came before any token", async () => {
    const llm = await llmOn({
      wire: "anthropic",
      replies: [{ text: [], streamError: "Overloaded" }, { text: ["up"] }],
    });
    expect(await collect(llm.streamChat(chat))).toBe("up");
  });

  it("retries structured output on a 500, then validates the JSON", async () => {
    const llm = await llmOn({ wire: "openai", replies: [{ status: 500 }, { text: '{"ok": true}' }] });
    expect(await llm.generateObject({ ...chat, schema: okSchema })).toEqual({ ok: true });
  });
});

describe("timeouts", () => {
  it("aborts a stream whose first token is too slow, closing the connection", async () => {
    const llm = await llmOn(
      { wire: "openai", replies: [{ text: ["late"], firstTokenDelayMs: 5000 }] },
      { firstTokenTimeoutMs: 400 },
    );
    const started = Date.now();
    const error = await failure(collect(llm.streamChat(chat)));
    expect(error).toBeInstanceOf(LlmTimeoutError);
    // Not before the budget (timers never fire early); how much later depends on the machine's load, so
    // no upper bound: closing the request before its reply came (5 s) is what proves the abort.
    expect(Date.now() - started).toBeGreaterThanOrEqual(390);
    const request = await server!.requestEnded(0);
    expect(request.closedEarly).toBe(true);
  });

  it("counts retries inside the first-token budget", async () => {
    const llm = await llmOn(
      { wire: "anthropic", replies: [{ status: 500 }, { hang: true }] },
      { firstTokenTimeoutMs: 3000 },
    );
    expect(await failure(collect(llm.streamChat(chat)))).toBeInstanceOf(LlmTimeoutError);
    // The second request hangs forever: only the shared first-token budget can have ended it.
    expect((await server!.requestEnded(1)).closedEarly).toBe(true);
  });

  it("aborts a stream that stalls between tokens", async () => {
    const llm = await llmOn(
      { wire: "anthropic", replies: [{ text: ["a", "b"], chunkDelayMs: 5000 }] },
      { firstTokenTimeoutMs: 1000 },
    );
    const deltas: string[] = [];
    const error = await failure(
      (async () => {
        for await (const delta of llm.streamChat(chat)) deltas.push(delta);
      })(),
    );
    expect(error).toBeInstanceOf(LlmTimeoutError);
    expect(deltas).toEqual(["a"]);
    expect((await server!.requestEnded(0)).closedEarly).toBe(true);
  });

  it("bounds structured output by its total budget and closes the request", async () => {
    const llm = await llmOn({ wire: "openai", replies: [{ hang: true }] }, { objectTimeoutMs: 600 });
    expect(await failure(llm.generateObject({ ...chat, schema: okSchema }))).toBeInstanceOf(LlmTimeoutError);
    expect((await server!.requestEnded(0)).closedEarly).toBe(true);
  });

  it("lets one call ask for its own budget", async () => {
    const llm = await llmOn(
      { wire: "openai", replies: [{ text: '{"ok": true}', firstTokenDelayMs: 800 }] },
      { objectTimeoutMs: 600 },
    );
    expect(await llm.generateObject({ ...chat, schema: okSchema, timeoutMs: 3000 })).toEqual({ ok: true });
  });

  it("reports a stream cut in the middle as a failure", async () => {
    const llm = await llmOn({ wire: "openai", replies: [{ text: ["a", "b", "c"], cutAfterChunks: 1 }] });
    expect((await failure(collect(llm.streamChat(chat)))).kind).toBe("request_failed");
  });
});

describe("the circuit breaker", () => {
  it("opens after three failed calls, fails fast, and closes after the cool-down", async () => {
    const llm = await llmOn(
      { wire: "openai", replies: [{ status: 500 }, { status: 500 }, { status: 500 }] },
      {
        maxRetries: 0,
      },
    );
    for (let i = 0; i < 3; i++) await failure(collect(llm.streamChat(chat)));
    expect(llm.status()).toMatchObject({ enabled: true, provider: "llm:fake-model", degraded: true });
    expect(llm.status().detail).toContain("HTTP 500");

    // Failing fast means without a request: the server saw only the three failed calls.
    expect(await failure(collect(llm.streamChat(chat)))).toBeInstanceOf(LlmUnavailableError);
    expect(await failure(llm.generateObject({ ...chat, schema: okSchema }))).toBeInstanceOf(
      LlmUnavailableError,
    );
    expect(server!.requests).toHaveLength(3);

    await sleep(350);
    expect(await collect(llm.streamChat(chat))).toBe("fallback reply");
    expect(llm.status().degraded).toBe(false);
  });

  it("reopens when the trial call after the cool-down fails", async () => {
    const llm = await llmOn(
      { wire: "anthropic", fallback: { status: 503 } },
      { maxRetries: 0, breakerThreshold: 1 },
    );
    await failure(collect(llm.streamChat(chat)));
    await sleep(350);
    expect(await failure(collect(llm.streamChat(chat)))).not.toBeInstanceOf(LlmUnavailableError);
    expect(await failure(collect(llm.streamChat(chat)))).toBeInstanceOf(LlmUnavailableError);
    expect(server!.requests).toHaveLength(2);
  });

  it("does not count a call the caller cancelled", async () => {
    const llm = await llmOn({ wire: "openai", fallback: { hang: true } }, { breakerThreshold: 1 });
    const controller = new AbortController();
    // Cancelled once the request is in flight (a busy machine may take longer than any fixed delay to send it).
    void server!.requestReceived(0).then(() => controller.abort());
    expect((await failure(collect(llm.streamChat({ ...chat, signal: controller.signal })))).kind).toBe(
      "aborted",
    );
    expect(llm.status().degraded).toBe(false);
    expect((await server!.requestEnded(0)).closedEarly).toBe(true);
  });

  it("does not count a malformed reply: the LLM is up", async () => {
    const llm = await llmOn({ wire: "openai", fallback: { text: "not json" } }, { breakerThreshold: 1 });
    expect((await failure(llm.generateObject({ ...chat, schema: okSchema }))).kind).toBe("invalid_reply");
    expect(llm.status().degraded).toBe(false);
  });
});

describe("streams", () => {
  it("closes the request when the consumer stops reading early", async () => {
    const llm = await llmOn({ wire: "openai", replies: [{ text: ["a", "b", "c"], chunkDelayMs: 200 }] });
    for await (const delta of llm.streamChat(chat)) {
      expect(delta).toBe("a");
      break;
    }
    expect((await server!.requestEnded(0)).closedEarly).toBe(true);
    expect(llm.status().degraded).toBe(false);
  });

  it("reports every call with its time to first token", async () => {
    const events: LlmCallEvent[] = [];
    const llm = await llmOn(
      { wire: "openai", replies: [{ text: ["a"], firstTokenDelayMs: 50 }, { status: 400 }] },
      {
        onCall: (event) => events.push(event),
      },
    );
    await collect(llm.streamChat(chat));
    await failure(collect(llm.streamChat(chat)));
    expect(events[0]).toMatchObject({ operation: "stream", outcome: "ok", attempts: 1 });
    expect(events[0]!.firstTokenMs).toBeGreaterThanOrEqual(45);
    expect(events[1]).toMatchObject({ operation: "stream", outcome: "request_failed", attempts: 1 });
  });
});
