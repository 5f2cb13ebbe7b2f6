import { type ExpressionSample, MAX_SAMPLES_PER_REQUEST } from "@studio/protocol";
import { api } from "../api/http-client";

/**
 * Samples the socket could not take (reconnecting) wait here and go over HTTP in batches, so a
 * dropped connection does not leave holes in the timeline.
 */
export class SampleOutbox {
  private pending: ExpressionSample[] = [];
  private flushing = false;

  constructor(private readonly sessionId: string) {}

  add(sample: ExpressionSample): void {
    this.pending.push(sample);
    // A long outage keeps the newest ten minutes at most.
    if (this.pending.length > 1200) this.pending.shift();
  }

  get size(): number {
    return this.pending.length;
  }

  async flush(): Promise<void> {
    if (this.flushing || this.pending.length === 0) return;
    this.flushing = true;
    try {
      while (this.pending.length > 0) {
        const batch = this.pending.slice(0, MAX_SAMPLES_PER_REQUEST);
        await api.post(`/api/sessions/${encodeURIComponent(this.sessionId)}/expressions`, { samples: batch });
        this.pending = this.pending.slice(batch.length);
      }
    } catch {
      // Offline or rate limited: the samples stay for the next flush.
    } finally {
      this.flushing = false;
    }
  }
}
