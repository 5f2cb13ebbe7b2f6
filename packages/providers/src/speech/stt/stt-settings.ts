import { z } from "zod";
import { optionalString, optionalUrl, positiveInt } from "../settings-fields";

/**
 * The speech-to-text settings as environment variables. A plain object schema, so the server can
 * spread `sttSettingsSchema.shape` into its own config schema.
 */
export const sttSettingsSchema = z.object({
  /** "browser": the client recognizes speech and sends `answer_text`. */
  STT_PROVIDER: z.enum(["browser", "openai-compatible", "deepgram"]).default("browser"),
  /** Including the version path: https://api.openai.com/v1, wss://api.deepgram.com/v1. */
  STT_BASE_URL: optionalUrl,
  STT_MODEL: optionalString,
  STT_API_KEY: optionalString,
  /** Silence after speech that ends an answer without `audio_end`. */
  STT_END_SILENCE_MS: z.coerce.number().int().min(200).max(10_000).default(700),
  /** A transcription request; for Deepgram, the wait for the last result. */
  STT_TIMEOUT_MS: positiveInt(15_000),
  /** Opening Deepgram's live connection: apart from the result wait, which may be set much shorter. */
  STT_CONNECT_TIMEOUT_MS: positiveInt(10_000),
  /** The longest answer, after which it is ended as if the candidate had stopped. */
  STT_MAX_ANSWER_MS: positiveInt(5 * 60_000),
});
export type SttSettings = z.infer<typeof sttSettingsSchema>;

export const STT_DEFAULTS = {
  "openai-compatible": { baseUrl: "https://api.openai.com/v1", model: "whisper-1" },
  deepgram: { baseUrl: "wss://api.deepgram.com/v1", model: "nova-2" },
} as const;
