export { frameLoudnessDb, loudnessVariation } from "./loudness";
export {
  BRIDGE_MS,
  type DeliveryInput,
  LONG_PAUSE_MS,
  measureDelivery,
  speechRate,
} from "./measure-delivery";
export { measureSampledDelivery, type SampledAnswer } from "./measure-sampled-delivery";
export { gapsBetween, normalizeSegments, type Span } from "./speech-segments";
export { DEFAULT_SPAN_OPTIONS, type SpanOptions, speechSpans } from "./speech-spans";
export { DELIVERY_BENCHMARKS, summarizeDelivery } from "./summarize-delivery";
