import { afterEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { createLlmEngine } from "./create-llm-engine";
import type { LlmEngine } from "./llm-engine";
import { LlmInvalidReplyError, LlmStreamError } from "./llm-errors";
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

async function engineOn(options: FakeLlmServerOptions): Promise<LlmEngine> {
  server = await startFakeLlmServer(options);
  return createLlmEngine(fakeLlmSettings(server))!;
}

async function collect(stream: AsyncIterable<string>): Promise<string[]> {
  const deltas: string[] = [];
  for await (const delta of stream) deltas.push(delta);
  return deltas;
}

const chat = { system: "You are an interviewer.", messages: [{ role: "user" as const, content: "Hello" }] };
const pointSchema = z.object({ x: z.number(), y: z.number() });

describe.each(["openai", "anthropic"] as const)("the %s engine", (wire) => {
  it("streams the reply's text deltas in order", async () => {
    const engine = await engineOn({ wire, replies: [{ text: ["Tell", " me", " more?"] }] });
    expect(await collect(engine.streamChat(chat))).toEqual(["Tell", " me", " more?"]);
    expect(server!.requests[0]!.body).toMatchObject({ model: "fake-model", stream: true });
  });

  it("sends the system prompt, the messages and the token limit", async () => {
    const engine = await engineOn({ wire });
    await collect(engine.streamChat({ ...chat, maxTokens: 123 }));
    const body = JSON.stringify(server!.requests[0]!.body);
    expect(body).toContain("You are an interviewer.");
    expect(body).toContain("Hello");
    expect(body).toContain('"max_tokens":123');
  });

  it("fails when the stream is cut in the middle, after the deltas it got", async () => {
    const engine = await engineOn({ wire, replies: [{ text: ["a", "b", "c", "d"], cutAfterChunks: 2 }] });
    const deltas: string[] = [];
    await expect(async () => {
      for await (const delta of engine.streamChat(chat)) deltas.push(delta);
    }).rejects.toThrow();
    expect(deltas).toEqual(["a", "b"]);
  });

  it("turns the provider's in-stream error event into an LlmStreamError", async () => {
    const engine = await engineOn({ wire, replies: [{ text: ["a"], streamError: "Overloaded" }] });
    await expect(collect(engine.streamChat(chat))).rejects.toBeInstanceOf(LlmStreamError);
  });

  it("parses a JSON reply, fenced or not, and validates it", async () => {
    const engine = await engineOn({
      wire,
      replies: [{ text: 'Here it is:\n```json\n{"x": 1, "y": 2}\n```' }],
    });
    expect(await engine.generateObject({ ...chat, schema: pointSchema })).toEqual({ x: 1, y: 2 });
  });

  it("repairs malformed JSON with one more turn that quotes the problem", async () => {
    const engine = await engineOn({
      wire,
      replies: [{ text: '{"x": 1, "y": ' }, { text: '{"x": 1, "y": 2}' }],
    });
    expect(await engine.generateObject({ ...chat, schema: pointSchema })).toEqual({ x: 1, y: 2 });
    const repair = JSON.stringify(server!.requests[1]!.body);
    expect(repair).toContain('{\\"x\\": 1, \\"y\\": ');
    expect(repair).toContain("could not be used");
  });

  it("gives up after one repair turn", async () => {
    const engine = await engineOn({ wire, replies: [{ text: "no json" }, { text: '{"x": "one"}' }] });
    await expect(engine.generateObject({ ...chat, schema: pointSchema })).rejects.toBeInstanceOf(
      LlmInvalidReplyError,
    );
    expect(server!.requests).toHaveLength(2);
  });
});

describe("wire details", () => {
  it("asks an OpenAI-compatible endpoint for JSON mode with the bearer key", async () => {
    const engine = await engineOn({ wire: "openai", replies: [{ text: '{"x":1,"y":2}' }] });
    await engine.generateObject({ ...chat, schema: pointSchema });
    const request = server!.requests[0]!;
    expect(request.path).toBe("/v1/chat/completions");
    expect(request.body.response_format).toEqual({ type: "json_object" });
    expect(request.headers.authorization).toBe("Bearer test-key");
  });

  it("drops JSON mode for good when the endpoint refuses it", async () => {
    const refusal = { status: 400, message: "'response_format.type' must be 'json_schema'" };
    const engine = await engineOn({
      wire: "openai",
      replies: [refusal],
      fallback: { text: '{"x":1,"y":2}' },
    });
    expect(await engine.generateObject({ ...chat, schema: pointSchema })).toEqual({ x: 1, y: 2 });
    await engine.generateObject({ ...chat, schema: pointSchema });
    expect(server!.requests.map((r) => r.body.response_format)).toEqual([
      { type: "json_object" },
      undefined,
      undefined,
    ]);
  });

  it("calls Anthropic's Messages API with its key header and no JSON mode", async () => {
    const engine = await engineOn({ wire: "anthropic", replies: [{ text: '{"x":1,"y":2}' }] });
    await engine.generateObject({ ...chat, schema: pointSchema });
    const request = server!.requests[0]!;
    expect(request.path).toBe("/v1/messages");
    expect(request.body.response_format).toBeUndefined();
    expect(request.headers["x-api-key"]).toBe("test-key");
    expect(request.headers["anthropic-version"]).toBeDefined();
  });
});
