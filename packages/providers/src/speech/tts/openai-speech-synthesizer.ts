import type { AudioFormat, ServiceStatus } from "@studio/protocol";
import { pcmFromWavStream } from "../audio/pcm-from-wav-stream";
import { pcm16Chunks } from "../audio/pcm16-chunks";
import { CallHealth } from "../call-health";
import { streamPost } from "../http/post-request";
import { untilAborted } from "../speech-errors";
import { isSpeakable, silence } from "./speakable-text";
import type { SpeechSynthesizer, SynthesisOptions } from "./speech-synthesizer";

export interface OpenAiSpeechOptions {
  /** Including the version path: https://api.openai.com/v1 */
  baseUrl: string;
  model: string;
  voice: string;
  apiKey?: string;
  /** "pcm" is raw PCM16; "wav" is parsed and must be PCM16 mono at `sampleRate`. */
  responseFormat: "pcm" | "wav";
  sampleRate: number;
  timeoutMs: number;
}

/** `POST {base}/audio/speech` (OpenAI, and the self-hosted servers that copy it), body streamed. */
export class OpenAiSpeechSynthesizer implements SpeechSynthesizer {
  readonly name = "openai-compatible";
  readonly voice: string;
  readonly format: AudioFormat;
  private readonly health = new CallHealth();

  constructor(private readonly options: OpenAiSpeechOptions) {
    this.voice = `${options.model}/${options.voice}`;
    this.format = { format: "pcm16", sampleRate: options.sampleRate };
  }

  synthesize(text: string, { signal }: SynthesisOptions): AsyncIterable<Uint8Array> {
    if (!isSpeakable(text)) return silence();
    const { baseUrl, model, voice, apiKey, responseFormat, timeoutMs } = this.options;
    const body = streamPost({
      provider: this.name,
      url: `${baseUrl.replace(/\/+$/, "")}/audio/speech`,
      headers: {
        "content-type": "application/json",
        ...(apiKey ? { authorization: `Bearer ${apiKey}` } : {}),
      },
      // OpenAI's voices speak the language of the text; there is no language parameter.
      body: JSON.stringify({ model, voice, input: text, response_format: responseFormat }),
      signal,
      timeoutMs,
    });
    const pcm = responseFormat === "wav" ? pcmFromWavStream(body, this.options.sampleRate) : body;
    return this.health.watch(untilAborted(pcm16Chunks(pcm), signal, this.name));
  }

  status(): ServiceStatus {
    const { model, voice, baseUrl, sampleRate } = this.options;
    const detail = `model ${model}, voice ${voice} at ${new URL(baseUrl).host}, PCM16 at ${sampleRate} Hz`;
    return this.health.status({ enabled: true, provider: this.name, detail });
  }
}
