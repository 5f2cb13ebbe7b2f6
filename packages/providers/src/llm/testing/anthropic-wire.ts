import { sseFrame, type WireFormat } from "./wire-format";

const usage = { input_tokens: 10, output_tokens: 1 };

/** Anthropic Messages streaming events: message_start ... content_block_delta ... message_stop. */
export const anthropicWire: WireFormat = {
  path: "/messages",
  openingFrames: (model) => [
    sseFrame(
      {
        type: "message_start",
        message: {
          id: "msg_fake",
          type: "message",
          role: "assistant",
          model,
          content: [],
          stop_reason: null,
          stop_sequence: null,
          usage,
        },
      },
      "message_start",
    ),
    sseFrame(
      { type: "content_block_start", index: 0, content_block: { type: "text", text: "" } },
      "content_block_start",
    ),
    sseFrame({ type: "ping" }, "ping"),
  ],
  textFrame: (_model, text) =>
    sseFrame(
      { type: "content_block_delta", index: 0, delta: { type: "text_delta", text } },
      "content_block_delta",
    ),
  closingFrames: () => [
    sseFrame({ type: "content_block_stop", index: 0 }, "content_block_stop"),
    sseFrame(
      {
        type: "message_delta",
        delta: { stop_reason: "end_turn", stop_sequence: null },
        usage: { output_tokens: 10 },
      },
      "message_delta",
    ),
    sseFrame({ type: "message_stop" }, "message_stop"),
  ],
  errorFrame: (message) => sseFrame({ type: "error", error: { type: "overloaded_error", message } }, "error"),
  completion: (model, text) => ({
    id: "msg_fake",
    type: "message",
    role: "assistant",
    model,
    content: [{ type: "text", text }],
    stop_reason: "end_turn",
    stop_sequence: null,
    usage: { input_tokens: 10, output_tokens: 10 },
  }),
  errorBody: (status, message) => ({
    type: "error",
    error: { type: status === 429 ? "rate_limit_error" : "api_error", message },
  }),
};
