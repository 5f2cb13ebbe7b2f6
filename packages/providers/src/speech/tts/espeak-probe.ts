import { spawnSync } from "node:child_process";

export type EspeakProbe = { installed: true; version: string } | { installed: false; reason: string };

export const ESPEAK_MISSING = "espeak-ng is not installed (apt install espeak-ng)";
const probes = new Map<string, EspeakProbe>();

/** Whether espeak-ng runs, and its version; asked once per binary (a few milliseconds). */
export function probeEspeak(binary = "espeak-ng"): EspeakProbe {
  let probe = probes.get(binary);
  if (!probe) {
    probe = runProbe(binary);
    probes.set(binary, probe);
  }
  return probe;
}

function runProbe(binary: string): EspeakProbe {
  const result = spawnSync(binary, ["--version"], { encoding: "utf8", timeout: 5000 });
  if (result.error || result.status !== 0) return { installed: false, reason: ESPEAK_MISSING };
  // "eSpeak NG text-to-speech: 1.51  Data at: /usr/lib/x86_64-linux-gnu/espeak-ng-data"
  const version = /text-to-speech:\s*(\S+)/.exec(result.stdout)?.[1] ?? "unknown version";
  return { installed: true, version };
}
