import { abortedError, isAbortError, kindForStatus, SpeechError } from "../speech-errors";

export interface PostRequest {
  /** Names the engine in error messages. */
  provider: string;
  url: string;
  headers: Record<string, string>;
  body: string | FormData;
  signal?: AbortSignal;
  /** To the response headers, and then between two pieces of the body: a stalled engine is an error. */
  timeoutMs: number;
}

/**
 * One POST to a speech engine whose failures all come out as `SpeechError`s: HTTP statuses by kind,
 * a refused connection as "unavailable", a stall as "timeout", a body cut short as
 * "stream_interrupted", the caller's abort as "aborted".
 */
class PostCall {
  private readonly controller = new AbortController();
  private timer: NodeJS.Timeout | undefined;
  private timedOut = false;
  private readonly onAbort = () => this.controller.abort();

  constructor(private readonly request: PostRequest) {
    request.signal?.addEventListener("abort", this.onAbort, { once: true });
  }

  async send(): Promise<Response> {
    if (this.request.signal?.aborted) throw abortedError(this.request.provider);
    const { url, headers, body } = this.request;
    this.arm();
    let response: Response;
    try {
      response = await fetch(url, { method: "POST", headers, body, signal: this.controller.signal });
    } catch (error) {
      throw this.failure(error, "unavailable");
    }
    if (!response.ok) {
      const detail = await response.text().catch(() => "");
      this.close();
      const summary = detail.replace(/\s+/g, " ").trim().slice(0, 200);
      throw new SpeechError(
        kindForStatus(response.status),
        `${this.request.provider}: HTTP ${response.status}${summary ? `: ${summary}` : ""}`,
        { status: response.status },
      );
    }
    return response;
  }

  async *body(response: Response): AsyncGenerator<Uint8Array> {
    const reader = response.body?.getReader();
    if (!reader) throw new SpeechError("invalid_audio", `${this.request.provider}: the response has no body`);
    try {
      for (;;) {
        this.arm();
        const { done, value } = await reader.read().catch((error: unknown) => {
          throw this.failure(error, "stream_interrupted");
        });
        if (done) return;
        yield value;
      }
    } finally {
      this.close();
      // Stops the download when the consumer leaves early (barge-in).
      await reader.cancel().catch(() => {});
    }
  }

  async text(response: Response): Promise<string> {
    try {
      this.arm();
      return await response.text();
    } catch (error) {
      throw this.failure(error, "stream_interrupted");
    } finally {
      this.close();
    }
  }

  close(): void {
    clearTimeout(this.timer);
    this.request.signal?.removeEventListener("abort", this.onAbort);
  }

  private arm(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timedOut = true;
      this.controller.abort();
    }, this.request.timeoutMs);
  }

  private failure(error: unknown, kind: "unavailable" | "stream_interrupted"): SpeechError {
    this.close();
    const { provider, timeoutMs } = this.request;
    if (error instanceof SpeechError) return error;
    if (this.request.signal?.aborted) return abortedError(provider);
    if (this.timedOut) return new SpeechError("timeout", `${provider}: no answer within ${timeoutMs} ms`);
    const reason = describeNetworkError(error);
    const what = kind === "unavailable" ? "cannot be reached" : "stream broke off";
    return new SpeechError(kind, `${provider} ${what}: ${reason}`, { cause: error });
  }
}

function describeNetworkError(error: unknown): string {
  if (isAbortError(error)) return "aborted";
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : undefined;
  return (cause ?? (error as Error)).message ?? String(error);
}

/** Streams the body of a successful POST. */
export async function* streamPost(request: PostRequest): AsyncGenerator<Uint8Array> {
  const call = new PostCall(request);
  yield* call.body(await call.send());
}

/** The text of a successful POST's answer (a transcription). */
export async function postForText(request: PostRequest): Promise<string> {
  const call = new PostCall(request);
  return call.text(await call.send());
}
