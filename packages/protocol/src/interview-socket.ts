import { z } from "zod";
import { answerDeliverySchema } from "./answer-delivery";
import { deliverySchema } from "./delivery";
import { errorCodeSchema } from "./error-codes";
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
    delivery: deliverySchema.optional(),
  }),
  /** The delivery of an answer already sent, measured in the browser afterwards. */
  answerDeliverySchema.extend({ type: z.literal("answer_delivery") }),
  z.object({ type: z.literal("audio_chunk"), data: z.base64().max(MAX_AUDIO_CHUNK_BASE64) }),
  z.object({ type: z.literal("audio_end") }),
  /** `playedMs`: how much of the interviewer's utterance the candidate heard before cutting in. */
  z.object({ type: z.literal("interrupt"), playedMs: z.number().min(0).max(3_600_000).optional() }),
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

/** What the interviewer is doing; the server sends `agent_state` on every change and the room shows it. */
export const agentStateSchema = z.enum(["idle", "listening", "thinking", "speaking"]);
export type AgentState = z.infer<typeof agentStateSchema>;

/** A question as the socket announces it: everything the room shows, so it never asks REST. */
export const socketQuestionSchema = questionSchema.extend({ followUp: z.boolean() });
export type SocketQuestion = z.infer<typeof socketQuestionSchema>;

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
    /**
     * Cluster: the question whose answer the node that died had received but not stored; this node
     * stores it now and sends its evaluation and the next question, so the client must not send it again.
     */
    resumedAnswer: z.string().optional(),
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
  z.object({ type: z.literal("error"), code: errorCodeSchema, message: z.string() }),
  z.object({ type: z.literal("pong") }),
  z.object({ type: z.literal("notice"), message: z.string() }),
  /** The question being asked, once final (also on connect while one is open); it replaces any preview. */
  z.object({ type: z.literal("question"), question: socketQuestionSchema }),
  /** A piece of the interviewer's draft while an LLM words the next question; `question` supersedes it. */
  z.object({ type: z.literal("question_preview"), text: z.string() }),
  z.object({ type: z.literal("agent_state"), state: agentStateSchema }),
  /** An answer's delivery, stored after the answer (measured on the server from its audio, or acknowledged). */
  answerDeliverySchema.extend({ type: z.literal("delivery") }),
]);
export type ServerMessage = z.infer<typeof serverMessageSchema>;
