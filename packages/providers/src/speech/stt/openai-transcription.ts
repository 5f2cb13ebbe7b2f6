import { wavFromPcm16 } from "../audio/wav-header";
import { postForText } from "../http/post-request";
import { SpeechError } from "../speech-errors";
import type { BackendCallbacks, TranscriptionBackend } from "./speech-recognizer";
import type { VadVerdict } from "./voice-activity";

export interface OpenAiTranscriptionOptions {
  /** Including the version path: https://api.openai.com/v1 */
  baseUrl: string;
  model: string;
  apiKey?: string;
  timeoutMs: number;
}

const SAMPLE_RATE = 16_000;
const BYTES_PER_MS = (SAMPLE_RATE * 2) / 1000;
/** Audio kept before the detected start, so a soft first syllable is not clipped. */
const LEAD_IN_MS = 300;

/**
 * `POST {base}/audio/transcriptions` with the answer as a WAV, once the answer is over (OpenAI
 * Whisper and the self-hosted servers that copy the API). No interim results: the API has none.
 */
export class OpenAiTranscriptionBackend implements TranscriptionBackend {
  private readonly chunks: Uint8Array[] = [];
  private readonly controller = new AbortController();

  constructor(
    private readonly options: OpenAiTranscriptionOptions,
    private readonly callbacks: BackendCallbacks,
  ) {}

  push(pcm: Uint8Array): void {
    this.chunks.push(new Uint8Array(pcm));
  }

  async finish(speech: VadVerdict): Promise<string> {
    // Whisper invents text for silence ("시청해 주셔서 감사합니다"), so silence is not sent at all.
    if (speech.kind === "silence") return "";
    const audio = trimToSpeech(Buffer.concat(this.chunks), speech);
    if (audio.byteLength < BYTES_PER_MS * 100) return "";
    const form = new FormData();
    form.append("file", new Blob([wavFromPcm16(audio, SAMPLE_RATE)], { type: "audio/wav" }), "answer.wav");
    form.append("model", this.options.model);
    form.append("language", this.callbacks.language);
    form.append("response_format", "json");
    const { baseUrl, apiKey, timeoutMs } = this.options;
    const body = await postForText({
      provider: "openai-compatible",
      url: `${baseUrl.replace(/\/+$/, "")}/audio/transcriptions`,
      headers: apiKey ? { authorization: `Bearer ${apiKey}` } : {},
      body: form,
      signal: this.controller.signal,
      timeoutMs,
    });
    return transcriptText(body);
  }

  cancel(): void {
    this.controller.abort();
    this.chunks.length = 0;
  }
}

function trimToSpeech(audio: Uint8Array, speech: VadVerdict): Uint8Array {
  if (speech.kind !== "speech") return audio;
  const start = Math.floor(Math.max(0, speech.startMs - LEAD_IN_MS) * (BYTES_PER_MS / 2)) * 2;
  return audio.subarray(start);
}

/** `{"text": "..."}`; some servers answer plain text whatever the format asked. */
function transcriptText(body: string): string {
  try {
    const parsed: unknown = JSON.parse(body);
    if (parsed && typeof parsed === "object" && "text" in parsed && typeof parsed.text === "string") {
      return parsed.text;
    }
  } catch {
    if (!body.trimStart().startsWith("{")) return body;
  }
  throw new SpeechError("invalid_reply", "openai-compatible: the transcription answer has no text");
}
