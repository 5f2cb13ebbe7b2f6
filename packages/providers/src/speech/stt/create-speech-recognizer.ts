import type { ServiceStatus } from "@studio/protocol";
import { SpeechConfigError } from "../speech-errors";
import { DeepgramLiveBackend } from "./deepgram-live";
import { OpenAiTranscriptionBackend } from "./openai-transcription";
import { EndpointedSession, type SessionLimits } from "./recognition-session";
import { loadSileroModel, sileroLoadFailure } from "./silero-vad";
import type {
  BackendCallbacks,
  RecognitionHandlers,
  RecognitionSession,
  SpeechRecognizer,
  TranscriptionBackend,
} from "./speech-recognizer";
import { STT_DEFAULTS, type SttSettings } from "./stt-settings";

type BackendFactory = (callbacks: BackendCallbacks) => TranscriptionBackend;

/** An engine plus Silero endpointing; `start` opens one session per answer. */
class EndpointedRecognizer implements SpeechRecognizer {
  constructor(
    readonly name: string,
    private readonly describe: string,
    private readonly createBackend: BackendFactory,
    private readonly limits: SessionLimits,
  ) {}

  start(handlers: RecognitionHandlers): RecognitionSession {
    return new EndpointedSession(this.name, this.createBackend, handlers, this.limits);
  }

  async warmUp(): Promise<void> {
    await loadSileroModel();
  }

  status(): ServiceStatus {
    const endpointing = `answers end after ${this.limits.endSilenceMs} ms of silence (Silero VAD)`;
    const healthy = { enabled: true, provider: this.name, detail: `${this.describe}; ${endpointing}` };
    const vadFailure = sileroLoadFailure();
    if (!vadFailure) return healthy;
    const detail = `${this.describe}; no endpointing (answers end on audio_end): ${vadFailure}`;
    return { ...healthy, degraded: true, detail };
  }
}

/**
 * The server's one call: the configured recognizer, or null when the browser recognizes speech
 * (STT_PROVIDER=browser). Throws `SpeechConfigError` for missing settings.
 */
export function createSpeechRecognizer(settings: SttSettings): SpeechRecognizer | null {
  const limits = { endSilenceMs: settings.STT_END_SILENCE_MS, maxUtteranceMs: settings.STT_MAX_ANSWER_MS };
  const timeoutMs = settings.STT_TIMEOUT_MS;
  switch (settings.STT_PROVIDER) {
    case "browser":
      return null;
    case "openai-compatible": {
      const defaults = STT_DEFAULTS["openai-compatible"];
      const options = {
        baseUrl: settings.STT_BASE_URL ?? defaults.baseUrl,
        model: settings.STT_MODEL ?? defaults.model,
        apiKey: settings.STT_API_KEY,
        timeoutMs,
      };
      const describe = `model ${options.model} at ${new URL(options.baseUrl).host}`;
      const backend: BackendFactory = (callbacks) => new OpenAiTranscriptionBackend(options, callbacks);
      return new EndpointedRecognizer("openai-compatible", describe, backend, limits);
    }
    case "deepgram": {
      const defaults = STT_DEFAULTS.deepgram;
      const apiKey = settings.STT_API_KEY;
      if (!apiKey) throw new SpeechConfigError("STT_API_KEY must be set when STT_PROVIDER=deepgram");
      const options = {
        baseUrl: settings.STT_BASE_URL ?? defaults.baseUrl,
        model: settings.STT_MODEL ?? defaults.model,
        apiKey,
        timeoutMs,
        connectTimeoutMs: settings.STT_CONNECT_TIMEOUT_MS,
      };
      const describe = `Deepgram live, model ${options.model} at ${new URL(options.baseUrl).host}`;
      const backend: BackendFactory = (callbacks) => new DeepgramLiveBackend(options, callbacks);
      return new EndpointedRecognizer("deepgram", describe, backend, limits);
    }
  }
}

/** The `stt` entry of /api/status. */
export function sttStatus(recognizer: SpeechRecognizer | null): ServiceStatus {
  return (
    recognizer?.status() ?? {
      enabled: false,
      provider: "browser",
      detail: "No STT_PROVIDER set: the browser's speech recognition is used; typed answers always work",
    }
  );
}
