import type { AudioFormat, ServiceStatus } from "@studio/protocol";
import { pcm16Chunks } from "../audio/pcm16-chunks";
import { CallHealth } from "../call-health";
import { streamPost } from "../http/post-request";
import { untilAborted } from "../speech-errors";
import { isSpeakable, silence } from "./speakable-text";
import type { SpeechSynthesizer, SynthesisOptions } from "./speech-synthesizer";

/** The raw PCM rates ElevenLabs offers as `output_format=pcm_<rate>`. */
export const ELEVENLABS_PCM_RATES = [8000, 16_000, 22_050, 24_000, 44_100, 48_000] as const;

export interface ElevenLabsOptions {
  /** Including the version path: https://api.elevenlabs.io/v1 */
  baseUrl: string;
  model: string;
  voiceId: string;
  apiKey: string;
  sampleRate: number;
  timeoutMs: number;
}

/** ElevenLabs' streaming endpoint, asked for raw PCM16 so chunks go straight to the browser. */
export class ElevenLabsSynthesizer implements SpeechSynthesizer {
  readonly name = "elevenlabs";
  readonly voice: string;
  readonly format: AudioFormat;
  private readonly health = new CallHealth();

  constructor(private readonly options: ElevenLabsOptions) {
    this.voice = `${options.model}/${options.voiceId}`;
    this.format = { format: "pcm16", sampleRate: options.sampleRate };
  }

  synthesize(text: string, { language, signal }: SynthesisOptions): AsyncIterable<Uint8Array> {
    if (!isSpeakable(text)) return silence();
    const { baseUrl, model, voiceId, apiKey, sampleRate, timeoutMs } = this.options;
    const path = `/text-to-speech/${encodeURIComponent(voiceId)}/stream?output_format=pcm_${sampleRate}`;
    const body = streamPost({
      provider: this.name,
      url: `${baseUrl.replace(/\/+$/, "")}${path}`,
      headers: { "content-type": "application/json", "xi-api-key": apiKey },
      body: JSON.stringify({
        text,
        model_id: model,
        // Only the v2.5 models accept a language; the others answer 400 when given one.
        ...(/v2_5/.test(model) ? { language_code: language } : {}),
      }),
      signal,
      timeoutMs,
    });
    return this.health.watch(untilAborted(pcm16Chunks(body), signal, this.name));
  }

  status(): ServiceStatus {
    const { model, voiceId, baseUrl, sampleRate } = this.options;
    const detail = `model ${model}, voice ${voiceId} at ${new URL(baseUrl).host}, PCM16 at ${sampleRate} Hz`;
    return this.health.status({ enabled: true, provider: this.name, detail });
  }
}
