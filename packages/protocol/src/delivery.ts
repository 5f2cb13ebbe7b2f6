import { z } from "zod";

/** At most this many pauses travel with one answer; a longer list is cut by the client, refused here. */
export const MAX_DELIVERY_PAUSES = 200;
/** An answer's audio is at most an hour, like its duration. */
const MAX_ANSWER_MS = 3_600_000;

const msSchema = z.number().finite().min(0).max(MAX_ANSWER_MS);

export const pauseSchema = z
  .object({ startMs: msSchema, endMs: msSchema })
  .refine((p) => p.endMs >= p.startMs, { message: "a pause ends after it starts", path: ["endMs"] });
export type Pause = z.infer<typeof pauseSchema>;

export const speechRateUnitSchema = z.enum(["syllables_per_second", "words_per_minute"]);
export type SpeechRateUnit = z.infer<typeof speechRateUnitSchema>;

/** Above these nobody speaks: Korean news readers reach about 6-7 syllables/s, fast English ~250 wpm. */
export const MAX_RATE: Readonly<Record<SpeechRateUnit, number>> = {
  syllables_per_second: 20,
  words_per_minute: 600,
};

export const speechRateSchema = z
  .object({ unit: speechRateUnitSchema, value: z.number().finite().min(0) })
  .refine((r) => r.value <= MAX_RATE[r.unit], { message: "rate beyond human speech", path: ["value"] });

/** A final piece of the transcript and when (ms into the recording) it was heard. */
export const timedSegmentSchema = z.object({
  text: z.string().max(2_000),
  startMs: msSchema,
  endMs: msSchema,
});
export type TimedSegment = z.infer<typeof timedSegmentSchema>;

/**
 * How an answer was spoken, measured in the browser from its recorded audio (voice activity + loudness)
 * and its transcript. `loudnessVariation` is the standard deviation, in dB, of the loudness of 1 s windows
 * of voiced speech (syllable rhythm averages out): a flat voice stays under ~2 dB, a varied one goes over.
 */
export const deliverySchema = z
  .object({
    talkMs: msSchema,
    thinkingMs: msSchema,
    pauseCount: z.number().int().min(0).max(10_000),
    longestPauseMs: msSchema,
    pauses: z.array(pauseSchema).max(MAX_DELIVERY_PAUSES),
    rate: speechRateSchema,
    loudnessVariation: z.number().finite().min(0).max(60),
    /** Length of the recording the figures come from. */
    recordedMs: msSchema.optional(),
    fillerCount: z.number().int().min(0).max(10_000).optional(),
    /** Filler positions when the transcript had timings (ms into the recording). */
    fillers: z
      .array(z.object({ word: z.string().max(40), atMs: msSchema }))
      .max(MAX_DELIVERY_PAUSES)
      .optional(),
    segments: z.array(timedSegmentSchema).max(500).optional(),
  })
  .refine((d) => d.pauses.length <= d.pauseCount, {
    message: "more pauses listed than counted",
    path: ["pauses"],
  })
  .refine((d) => d.pauses.every((p) => p.endMs - p.startMs <= d.longestPauseMs + 1), {
    message: "a listed pause is longer than longestPauseMs",
    path: ["longestPauseMs"],
  });
export type Delivery = z.infer<typeof deliverySchema>;

/** The report's view: each answer's delivery and the averages over those that have one. */
export const deliverySummarySchema = z.object({
  answers: z.array(z.object({ questionId: z.string(), delivery: deliverySchema })),
  averages: z.object({
    talkMs: z.number(),
    thinkingMs: z.number(),
    pausesPerMinute: z.number(),
    longestPauseMs: z.number(),
    rate: z.object({ unit: speechRateUnitSchema, value: z.number() }).nullable(),
    loudnessVariation: z.number(),
  }),
  verdicts: z.object({
    rate: z.enum(["slow", "good", "fast"]).nullable(),
    thinking: z.enum(["quick", "good", "long"]),
    pauses: z.enum(["few", "some", "many"]),
    loudness: z.enum(["monotone", "varied"]),
  }),
  benchmarks: z.array(z.object({ metric: z.string(), range: z.string(), source: z.string() })),
});
export type DeliverySummary = z.infer<typeof deliverySummarySchema>;

export const recordingContentTypes = ["audio/webm", "audio/ogg", "video/webm", "audio/wav"] as const;
export const recordingParamsSchema = z.object({
  id: z.string().min(1).max(128),
  questionId: z.string().min(1).max(128),
});
export const recordingInfoSchema = z.object({
  questionId: z.string(),
  contentType: z.enum(recordingContentTypes),
  bytes: z.number().int(),
  createdAt: z.string(),
});
export type RecordingInfo = z.infer<typeof recordingInfoSchema>;
