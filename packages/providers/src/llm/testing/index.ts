export { anthropicWire } from "./anthropic-wire";
export { type FakeLlmServer, type FakeLlmServerOptions, startFakeLlmServer } from "./fake-llm-server";
export { FAKE_MODEL, fakeLlmSettings } from "./fake-llm-settings";
export type { FakeReplies, FakeReply, RecordedRequest } from "./fake-reply";
export { openAiWire } from "./openai-wire";
export type { WireFormat } from "./wire-format";
