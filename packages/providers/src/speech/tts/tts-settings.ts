import { unsetIfEmpty } from "@studio/protocol";
import { z } from "zod";
import { optionalString, optionalUrl, positiveInt } from "../settings-fields";

/**
 * The text-to-speech settings as environment variables. A plain object schema, so the server can
 * spread `ttsSettingsSchema.shape` into its own config schema.
 */
export const ttsSettingsSchema = z.object({
  /** "browser": the server sends no audio and the client uses speech synthesis. */
  TTS_PROVIDER: z.enum(["espeak-ng", "browser", "openai-compatible", "elevenlabs"]).default("espeak-ng"),
  /** Including the version path: https://api.openai.com/v1, https://api.elevenlabs.io/v1. */
  TTS_BASE_URL: optionalUrl,
  TTS_MODEL: optionalString,
  /** OpenAI-compatible: a voice name ("alloy"); ElevenLabs: a voice id. espeak-ng picks ko / en-us. */
  TTS_VOICE: optionalString,
  TTS_API_KEY: optionalString,
  /** OpenAI-compatible only: "pcm" (raw PCM16) or "wav", both at TTS_SAMPLE_RATE. */
  TTS_RESPONSE_FORMAT: z.enum(["pcm", "wav"]).default("pcm"),
  /** The engine's output rate: OpenAI's pcm is 24000; ElevenLabs is asked for this rate (default 16000). */
  TTS_SAMPLE_RATE: unsetIfEmpty(z.coerce.number().int().positive()),
  /** espeak-ng speaking rate in words per minute. */
  TTS_ESPEAK_RATE: z.coerce.number().int().min(80).max(450).default(165),
  /** To the response headers of a cloud engine. */
  TTS_TIMEOUT_MS: positiveInt(10_000),
  /** Size of the in-memory cache of synthesized utterances; 0 turns it off. */
  TTS_CACHE_MB: z.coerce.number().min(0).default(64),
});
export type TtsSettings = z.infer<typeof ttsSettingsSchema>;

export const TTS_DEFAULTS = {
  "openai-compatible": {
    baseUrl: "https://api.openai.com/v1",
    model: "gpt-4o-mini-tts",
    voice: "alloy",
    sampleRate: 24_000,
  },
  elevenlabs: { baseUrl: "https://api.elevenlabs.io/v1", model: "eleven_flash_v2_5", sampleRate: 16_000 },
} as const;
