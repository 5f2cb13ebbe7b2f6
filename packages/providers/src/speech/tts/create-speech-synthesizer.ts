import type { ServiceStatus } from "@studio/protocol";
import { SpeechConfigError } from "../speech-errors";
import { CachedSynthesizer } from "./cached-synthesizer";
import { ELEVENLABS_PCM_RATES, ElevenLabsSynthesizer } from "./elevenlabs-synthesizer";
import { probeEspeak } from "./espeak-probe";
import { EspeakSynthesizer } from "./espeak-synthesizer";
import { OpenAiSpeechSynthesizer } from "./openai-speech-synthesizer";
import type { SpeechSynthesizer } from "./speech-synthesizer";
import { TTS_DEFAULTS, type TtsSettings } from "./tts-settings";

export interface SynthesizerOverrides {
  /** The espeak-ng binary (tests point this at a missing one). */
  espeakBinary?: string;
}

/**
 * The server's one call: the configured voice behind the utterance cache, or null when the browser
 * speaks (TTS_PROVIDER=browser, or espeak-ng missing). Throws `SpeechConfigError` for missing settings.
 */
export function createSpeechSynthesizer(
  settings: TtsSettings,
  overrides: SynthesizerOverrides = {},
): SpeechSynthesizer | null {
  const engine = createEngine(settings, overrides);
  if (!engine || settings.TTS_CACHE_MB <= 0) return engine;
  return new CachedSynthesizer(engine, Math.round(settings.TTS_CACHE_MB * 1024 * 1024));
}

function createEngine(settings: TtsSettings, overrides: SynthesizerOverrides): SpeechSynthesizer | null {
  const timeoutMs = settings.TTS_TIMEOUT_MS;
  switch (settings.TTS_PROVIDER) {
    case "browser":
      return null;
    case "espeak-ng": {
      const binary = overrides.espeakBinary;
      if (!probeEspeak(binary).installed) return null;
      return new EspeakSynthesizer({ binary, rate: settings.TTS_ESPEAK_RATE });
    }
    case "openai-compatible": {
      const defaults = TTS_DEFAULTS["openai-compatible"];
      return new OpenAiSpeechSynthesizer({
        baseUrl: settings.TTS_BASE_URL ?? defaults.baseUrl,
        model: settings.TTS_MODEL ?? defaults.model,
        voice: settings.TTS_VOICE ?? defaults.voice,
        apiKey: settings.TTS_API_KEY,
        responseFormat: settings.TTS_RESPONSE_FORMAT,
        sampleRate: settings.TTS_SAMPLE_RATE ?? defaults.sampleRate,
        timeoutMs,
      });
    }
    case "elevenlabs":
      return createElevenLabs(settings);
  }
}

function createElevenLabs(settings: TtsSettings): SpeechSynthesizer {
  const defaults = TTS_DEFAULTS.elevenlabs;
  if (!settings.TTS_API_KEY)
    throw new SpeechConfigError("TTS_API_KEY must be set when TTS_PROVIDER=elevenlabs");
  if (!settings.TTS_VOICE) {
    throw new SpeechConfigError(
      "TTS_VOICE (an ElevenLabs voice id) must be set when TTS_PROVIDER=elevenlabs",
    );
  }
  const sampleRate = settings.TTS_SAMPLE_RATE ?? defaults.sampleRate;
  if (!(ELEVENLABS_PCM_RATES as readonly number[]).includes(sampleRate)) {
    throw new SpeechConfigError(
      `TTS_SAMPLE_RATE for ElevenLabs is one of ${ELEVENLABS_PCM_RATES.join(", ")}`,
    );
  }
  return new ElevenLabsSynthesizer({
    baseUrl: settings.TTS_BASE_URL ?? defaults.baseUrl,
    model: settings.TTS_MODEL ?? defaults.model,
    voiceId: settings.TTS_VOICE,
    apiKey: settings.TTS_API_KEY,
    sampleRate,
    timeoutMs: settings.TTS_TIMEOUT_MS,
  });
}

/** The `tts` entry of /api/status. */
export function ttsStatus(
  settings: Pick<TtsSettings, "TTS_PROVIDER">,
  synthesizer: SpeechSynthesizer | null,
  overrides: SynthesizerOverrides = {},
): ServiceStatus {
  if (synthesizer) return synthesizer.status();
  if (settings.TTS_PROVIDER === "espeak-ng") {
    const probe = probeEspeak(overrides.espeakBinary);
    const reason = probe.installed ? "espeak-ng is installed but was not used" : probe.reason;
    return {
      enabled: false,
      provider: "espeak-ng",
      detail: `${reason}; the browser's speech synthesis is used`,
    };
  }
  return {
    enabled: false,
    provider: "browser",
    detail: "TTS_PROVIDER=browser: the browser's speech synthesis is used",
  };
}
