import { type ChildProcess, spawn } from "node:child_process";
import type { Language, ServiceStatus } from "@studio/protocol";
import { pcmFromWavStream } from "../audio/pcm-from-wav-stream";
import { pcm16Chunks } from "../audio/pcm16-chunks";
import { CallHealth } from "../call-health";
import { abortedError, SpeechError, untilAborted } from "../speech-errors";
import { type ChildExit, childExit, isRunning } from "./child-exit";
import { probeEspeak } from "./espeak-probe";
import { isSpeakable, silence } from "./speakable-text";
import type { SpeechSynthesizer, SynthesisOptions, VoiceStyle } from "./speech-synthesizer";

const VOICES: Record<Language, string> = { ko: "ko", en: "en-us" };
/** espeak-ng always writes 16-bit mono at this rate. */
export const ESPEAK_SAMPLE_RATE = 22_050;

export interface EspeakOptions {
  /** The binary, looked up on PATH by default. */
  binary?: string;
  /** Words per minute. */
  rate?: number;
}

/** The local default voice: Debian's espeak-ng, one process per sentence, its WAV streamed as PCM16. */
export class EspeakSynthesizer implements SpeechSynthesizer {
  readonly name = "espeak-ng";
  readonly format = { format: "pcm16", sampleRate: ESPEAK_SAMPLE_RATE } as const;
  readonly voice: string;
  private readonly binary: string;
  private readonly rate: number;
  private readonly health = new CallHealth();

  constructor(options: EspeakOptions = {}) {
    this.binary = options.binary ?? "espeak-ng";
    this.rate = options.rate ?? 165;
    this.voice = `ko|en-us@${this.rate}`;
  }

  synthesize(text: string, options: SynthesisOptions): AsyncIterable<Uint8Array> {
    if (!isSpeakable(text)) return silence();
    return this.health.watch(untilAborted(this.run(text, options), options.signal, this.name));
  }

  status(): ServiceStatus {
    const probe = probeEspeak(this.binary);
    if (!probe.installed) return { enabled: false, provider: this.name, detail: probe.reason };
    const detail = `espeak-ng ${probe.version}: Korean (ko) and English (en-us) voices, PCM16 at ${ESPEAK_SAMPLE_RATE} Hz`;
    return this.health.status({ enabled: true, provider: this.name, detail });
  }

  private async *run(
    text: string,
    { language, signal, voice }: SynthesisOptions,
  ): AsyncGenerator<Uint8Array> {
    if (signal?.aborted) throw abortedError(this.name);
    // No shell; the text goes through stdin, so a sentence starting with "-" is never read as an option.
    const args = [...voiceArgs(VOICES[language], voice, this.rate), "--stdout"];
    const child = spawn(this.binary, args, { stdio: ["pipe", "pipe", "pipe"] });
    const exit = childExit(child);
    const stderr = collectStderr(child);
    const kill = () => child.kill("SIGKILL");
    signal?.addEventListener("abort", kill, { once: true });
    child.stdin!.on("error", () => {}); // EPIPE when espeak-ng dies early; the exit code tells why
    child.stdin!.end(text);
    let finished = false;
    try {
      yield* pcm16Chunks(pcmFromWavStream(child.stdout!, ESPEAK_SAMPLE_RATE));
      finished = true;
    } catch (error) {
      kill();
      throw this.failure(error, await exit, signal, stderr());
    } finally {
      signal?.removeEventListener("abort", kill);
      // The consumer stopped early (barge-in via `break`, or an error downstream): stop speaking.
      if (!finished && isRunning(child)) kill();
    }
    const result = await exit;
    if (signal?.aborted || result.error || result.code !== 0) {
      throw this.failure(undefined, result, signal, stderr());
    }
  }

  private failure(cause: unknown, exit: ChildExit, signal: AbortSignal | undefined, stderr: string): Error {
    if (signal?.aborted) return abortedError(this.name);
    if (exit.error) {
      return new SpeechError("unavailable", `espeak-ng could not start: ${exit.error.message}`, {
        cause: exit.error,
      });
    }
    if (cause instanceof SpeechError) return cause;
    const how = exit.signal ? `was killed by ${exit.signal}` : `exited with code ${exit.code}`;
    return new SpeechError("server_error", `espeak-ng ${how}${stderr ? `: ${stderr}` : ""}`, { cause });
  }
}

/** `-v ko+m3 -p 38 -s 172`: the language's voice with a speaker's variant, pitch and rate when given. */
export function voiceArgs(base: string, style: VoiceStyle | undefined, defaultRate: number): string[] {
  const variant = style?.variant && /^[a-z0-9]{1,16}$/.test(style.variant) ? `+${style.variant}` : "";
  const within = (value: number | undefined, min: number, max: number) =>
    value === undefined ? undefined : Math.min(max, Math.max(min, Math.round(value)));
  const pitch = within(style?.pitch, 0, 99);
  const rate = within(style?.rate, 80, 260) ?? defaultRate;
  return [
    "-v",
    `${base}${variant}`,
    ...(pitch === undefined ? [] : ["-p", String(pitch)]),
    "-s",
    String(rate),
  ];
}

function collectStderr(child: ChildProcess): () => string {
  let text = "";
  child.stderr!.on("data", (data: Buffer) => {
    if (text.length < 500) text += data.toString("utf8");
  });
  return () => text.trim().slice(0, 200);
}
