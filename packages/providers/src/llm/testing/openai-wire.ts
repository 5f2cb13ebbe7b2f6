import { sseFrame, type WireFormat } from "./wire-format";

const created = () => Math.floor(Date.now() / 1000);
const chunk = (model: string, delta: object, finishReason: string | null) =>
  sseFrame({
    id: "chatcmpl-fake",
    object: "chat.completion.chunk",
    created: created(),
    model,
    choices: [{ index: 0, delta, finish_reason: finishReason }],
  });

/** OpenAI Chat Completions, as Ollama, llama.cpp server, vLLM and LM Studio also speak it. */
export const openAiWire: WireFormat = {
  path: "/chat/completions",
  openingFrames: (model) => [chunk(model, { role: "assistant", content: "" }, null)],
  textFrame: (model, text) => chunk(model, { content: text }, null),
  closingFrames: (model) => [chunk(model, {}, "stop"), sseFrame("[DONE]")],
  errorFrame: (message) => sseFrame({ error: { message, type: "server_error", code: null } }),
  completion: (model, text) => ({
    id: "chatcmpl-fake",
    object: "chat.completion",
    created: created(),
    model,
    choices: [{ index: 0, message: { role: "assistant", content: text }, finish_reason: "stop" }],
    usage: { prompt_tokens: 10, completion_tokens: 10, total_tokens: 20 },
  }),
  errorBody: (status, message) => ({
    error: { message, type: status === 429 ? "rate_limit_exceeded" : "server_error", code: null },
  }),
};
