/** How a fake server speaks one provider's HTTP API: SSE frames and JSON bodies. */
export interface WireFormat {
  /** The request path the client posts to, relative to the base URL. */
  readonly path: string;
  /** Frames sent before the first text chunk. */
  openingFrames(model: string): string[];
  textFrame(model: string, text: string): string;
  closingFrames(model: string): string[];
  /** The provider's in-stream error event. */
  errorFrame(message: string): string;
  completion(model: string, text: string): object;
  errorBody(status: number, message: string): object;
}

export function sseFrame(data: unknown, event?: string): string {
  const payload = typeof data === "string" ? data : JSON.stringify(data);
  return `${event ? `event: ${event}\n` : ""}data: ${payload}\n\n`;
}
