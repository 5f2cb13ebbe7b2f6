import type { SocketSender } from "./socket-sender";
import type { VoiceMetrics } from "./voice-metrics";

/** Times one turn: from the answer in, through storing and assessing it, to the first audio out. */
export class TurnLatency {
  private readonly started = performance.now();
  private stored = this.started;
  /** The interviewer style's deliberate pause: reported on its own, not counted as latency. */
  private pauseMs = 0;

  constructor(
    private readonly metrics: VoiceMetrics,
    private readonly sender: SocketSender,
  ) {}

  markStored(): void {
    this.stored = performance.now();
  }

  markPause(ms: number): void {
    this.pauseMs = ms;
  }

  /** The first audio (or, without server speech, the question's text) has left. */
  report(): void {
    const firstAudio = performance.now();
    const turnLatencyMs = firstAudio - this.started - this.pauseMs;
    const stages = {
      storeAndEvaluateMs: this.stored - this.started,
      speechFirstChunkMs: firstAudio - this.stored - this.pauseMs,
    };
    this.metrics.turnLatency.observe(turnLatencyMs / 1000);
    this.metrics.stage.observe({ stage: "store_and_evaluate" }, stages.storeAndEvaluateMs / 1000);
    this.metrics.stage.observe({ stage: "speech_first_chunk" }, stages.speechFirstChunkMs / 1000);
    this.sender.send({
      type: "metrics",
      turnLatencyMs: round(turnLatencyMs),
      stages: {
        storeAndEvaluateMs: round(stages.storeAndEvaluateMs),
        speechFirstChunkMs: round(stages.speechFirstChunkMs),
        stylePauseMs: this.pauseMs,
      },
    });
  }
}

const round = (ms: number) => Math.round(ms * 10) / 10;
