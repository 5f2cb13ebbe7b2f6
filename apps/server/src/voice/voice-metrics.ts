import { Histogram, type Registry } from "prom-client";

const buckets = [0.01, 0.025, 0.05, 0.1, 0.15, 0.25, 0.4, 0.6, 1, 2, 5, 10];

/** Per-turn latency of the voice room, as Prometheus histograms (seconds). */
export function createVoiceMetrics(registry: Registry) {
  return {
    turnLatency: new Histogram({
      name: "voice_turn_latency_seconds",
      help: "From the candidate's final transcript to the first audio chunk sent (or the question text, without server speech)",
      buckets,
      registers: [registry],
    }),
    stage: new Histogram({
      name: "voice_turn_stage_seconds",
      help: "Time of each stage of a voice turn",
      labelNames: ["stage"],
      buckets,
      registers: [registry],
    }),
  };
}
export type VoiceMetrics = ReturnType<typeof createVoiceMetrics>;
