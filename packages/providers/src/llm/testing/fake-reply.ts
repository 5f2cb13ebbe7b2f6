/**
 * What a fake LLM server does with one request. The same plans drive both wire formats, so a test
 * reads as a script: "first a 429, then a slow stream, then valid JSON".
 */
export type FakeReply =
  | {
      /** The reply text, already cut into the chunks a stream sends (a string is one chunk). */
      text: string | string[];
      /** Wait before the first chunk (time to first token). */
      firstTokenDelayMs?: number;
      /** Wait between chunks. */
      chunkDelayMs?: number;
      /** Destroy the connection after this many chunks, without a final event. */
      cutAfterChunks?: number;
      /** Send the provider's in-stream error event after the chunks instead of a normal end. */
      streamError?: string;
    }
  | { status: number; retryAfter?: string; message?: string }
  /** Accept the request and never answer. */
  | { hang: true };

/** One request as the fake server saw it. */
export interface RecordedRequest {
  path: string;
  headers: Record<string, string | string[] | undefined>;
  body: Record<string, unknown>;
  /** Date.now() when the request arrived. */
  receivedAt: number;
  /** The client closed the connection before the reply was complete (an abort or timeout). */
  closedEarly: boolean;
  /** When the client closed the connection, in ms since the request arrived. */
  closedAfterMs?: number;
}

export type FakeReplies = FakeReply[] | ((request: RecordedRequest, index: number) => FakeReply);
