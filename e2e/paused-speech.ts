import { spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const dir = fileURLToPath(new URL("./artifacts", import.meta.url));
const RATE = 16_000;

function run(command: string, args: string[]): string {
  const result = spawnSync(command, args, { encoding: "utf8" });
  if (result.status !== 0) throw new Error(`${command} failed: ${result.stderr}`);
  return result.stdout.trim();
}

const seconds = (file: string) => Number(run("soxi", ["-D", file]));

export interface PausedSpeech {
  file: string;
  /** The silences put between the spoken sentences, in ms from the start of the file. */
  pauses: { startMs: number; endMs: number }[];
  /** Silence before the first word. */
  leadMs: number;
  lengthMs: number;
}

/**
 * A microphone WAV for Chromium's fake capture: sentences spoken by espeak-ng, each trimmed of its own
 * silence by sox and set to its gain, joined by silences of known length at known positions, then a long
 * quiet tail.
 */
export function pausedSpeechFile(
  language: "ko" | "en",
  gapsMs = [3000, 2500],
  leadMs = 1000,
  /** Each sentence's amplitude (1 as espeak-ng speaks it): unequal gains make a varied voice. */
  gains = [1, 1, 1],
): PausedSpeech {
  mkdirSync(dir, { recursive: true });
  const sentences =
    language === "ko"
      ? [
          "저는 백엔드 개발자로 결제 시스템을 맡았습니다.",
          "응답 시간을 사십 퍼센트 줄였습니다.",
          "그 과정에서 캐시 구조를 바꿨습니다.",
        ]
      : [
          "I worked as a backend developer on payments.",
          "I cut the response time by forty percent.",
          "I changed the cache design along the way.",
        ];
  const parts: string[] = [];
  const silence = (ms: number, name: string) => {
    const file = join(dir, `${name}.wav`);
    run("sox", ["-n", "-r", String(RATE), "-c", "1", "-b", "16", file, "trim", "0", String(ms / 1000)]);
    return file;
  };
  parts.push(silence(leadMs, `lead-${language}`));
  const pauses: PausedSpeech["pauses"] = [];
  let at = leadMs;
  sentences.forEach((text, i) => {
    const raw = join(dir, `sentence-${language}-${i}-raw.wav`);
    const trimmed = join(dir, `sentence-${language}-${i}.wav`);
    run("espeak-ng", ["-v", language, "-s", "150", "-w", raw, "--", text]);
    // Trim espeak's own leading and trailing silence so the gaps below are the only silences.
    run("sox", [
      raw,
      "-r",
      String(RATE),
      "-c",
      "1",
      "-b",
      "16",
      trimmed,
      "silence",
      "1",
      "0.02",
      "1%",
      "reverse",
      "silence",
      "1",
      "0.02",
      "1%",
      "reverse",
      "vol",
      String(gains[i] ?? 1),
    ]);
    parts.push(trimmed);
    at += seconds(trimmed) * 1000;
    const gap = gapsMs[i];
    if (gap !== undefined) {
      parts.push(silence(gap, `gap-${language}-${i}`));
      pauses.push({ startMs: Math.round(at), endMs: Math.round(at + gap) });
      at += gap;
    }
  });
  parts.push(silence(8000, `tail-${language}`));
  const file = join(dir, `paused-speech-${language}.wav`);
  run("sox", [...parts, file]);
  return { file, pauses, leadMs, lengthMs: Math.round(seconds(file) * 1000) };
}
