import { z } from "zod";
import { evaluationSchema } from "./evaluation";
import { expressionSampleSchema } from "./expression";
import { questionSchema } from "./session";

const MAX_AUDIO_CHUNK_BASE64 = 256 * 1024;

/** Messages the browser sends on /ws/interview/{sessionId} (api.md). */
export const clientMessageSchema = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("answer_text"),
    text: z.string().max(20_000),
    durationMs: z.number().int().min(0).max(3_600_000).optional(),
  }),
  z.object({ type: z.literal("audio_chunk"), data: z.base64().max(MAX_AUDIO_CHUNK_BASE64) }),
  z.object({ type: z.literal("audio_end") }),
  z.object({ type: z.literal("interrupt"), playedMs: z.number().min(0).optional() }),
  // An expression sample; `facePresent` defaults to true for clients that send only `at` and `scores`.
  z
    .object({ type: z.literal("emotion") })
    .extend(expressionSampleSchema.shape)
    .extend({ facePresent: z.boolean().default(true) }),
  z.object({ type: z.literal("end_interview") }),
  z.object({ type: z.literal("ping") }),
]);
export type ClientMessage = z.infer<typeof clientMessageSchema>;

export const audioFormatSchema = z.object({
  /** "none" (sample rate 0): the server does not speak; the browser's speech synthesis does. */
  format: z.enum(["pcm16", "wav", "mp3", "none"]),
  sampleRate: z.number().int().min(0),
});
export type AudioFormat = z.infer<typeof audioFormatSchema>;

/** Messages the server sends (api.md). */
export const serverMessageSchema = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("session_state"),
    sessionId: z.string(),
    question: questionSchema.nullable(),
    audio: audioFormatSchema,
    /** "server" when the server speaks (ai_audio_chunk), "browser" when the client should use speech synthesis. */
    speech: z.enum(["server", "browser"]),
    stt: z.enum(["server", "browser"]),
    status: z.enum(["active", "completed"]),
  }),
  z.object({ type: z.literal("stt_interim"), transcript: z.string() }),
  z.object({ type: z.literal("user_transcript"), transcript: z.string() }),
  z.object({ type: z.literal("evaluation"), questionId: z.string() }).extend(evaluationSchema.shape),
  z.object({
    type: z.literal("ai_transcript_chunk"),
    text: z.string(),
    done: z.boolean(),
    questionId: z.string().optional(),
    followUp: z.boolean().optional(),
  }),
  z.object({
    type: z.literal("ai_audio_chunk"),
    seq: z.number().int().min(0),
    data: z.string(),
    format: audioFormatSchema.shape.format,
    sampleRate: z.number().int().positive(),
  }),
  z.object({ type: z.literal("ai_audio_end") }),
  z.object({ type: z.literal("interview_ended"), sessionId: z.string(), report: z.string() }),
  z.object({
    type: z.literal("metrics"),
    turnLatencyMs: z.number(),
    stages: z.record(z.string(), z.number()),
  }),
  z.object({ type: z.literal("error"), code: z.string(), message: z.string() }),
  z.object({ type: z.literal("pong") }),
  z.object({ type: z.literal("notice"), message: z.string() }),
]);
export type ServerMessage = z.infer<typeof serverMessageSchema>;
