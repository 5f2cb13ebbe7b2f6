import type { ServiceStatus } from "@studio/protocol";
import { SpeechError } from "./speech-errors";

/** Remembers whether an adapter's last call failed, so /api/status can say "degraded" and why. */
export class CallHealth {
  private lastFailure: string | undefined;

  succeeded(): void {
    this.lastFailure = undefined;
  }

  failed(error: unknown): void {
    if (error instanceof SpeechError && error.kind === "aborted") return;
    this.lastFailure =
      error instanceof Error ? error.message.split("\n", 1)[0]!.slice(0, 200) : String(error);
  }

  status(healthy: ServiceStatus): ServiceStatus {
    if (!this.lastFailure) return healthy;
    return { ...healthy, degraded: true, detail: `${healthy.detail}; last call failed: ${this.lastFailure}` };
  }

  /** Passes a stream through, noting how it ended. */
  async *watch<T>(stream: AsyncIterable<T>): AsyncGenerator<T> {
    try {
      yield* stream;
      this.succeeded();
    } catch (error) {
      this.failed(error);
      throw error;
    }
  }
}
