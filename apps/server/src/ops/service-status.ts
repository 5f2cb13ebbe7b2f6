import type { ServiceStatus } from "@studio/protocol";
import type { Config } from "../config";
import { probeBinary } from "./probe-binary";

/** What the speech engines are, read from configuration (seed 000's startup banner, as data). */
export function speechStatuses(config: Config): Record<"stt" | "tts", ServiceStatus> {
  return { stt: sttStatus(config), tts: ttsStatus(config) };
}

function sttStatus(config: Config): ServiceStatus {
  if (config.STT_PROVIDER === "browser") {
    return {
      enabled: false,
      provider: "browser",
      detail: "No STT_PROVIDER set: the browser's speech recognition is used; typed answers always work",
    };
  }
  return {
    enabled: false,
    provider: config.STT_PROVIDER,
    detail: `STT_PROVIDER=${config.STT_PROVIDER} is configured but server speech recognition is not available in this version`,
  };
}

let espeakVersion: string | null | undefined;
function ttsStatus(config: Config): ServiceStatus {
  if (config.TTS_PROVIDER !== "espeak-ng") {
    return {
      enabled: false,
      provider: config.TTS_PROVIDER,
      detail: `TTS_PROVIDER=${config.TTS_PROVIDER} is configured but server speech synthesis is not available in this version; the browser's speech synthesis is used`,
    };
  }
  espeakVersion ??=
    probeBinary("espeak-ng", ["--version"])?.replace(
      /^eSpeak NG text-to-speech: ([\d.]+).*$/,
      "espeak-ng $1",
    ) ?? null;
  return espeakVersion
    ? {
        enabled: false,
        provider: "espeak-ng",
        detail: `${espeakVersion} is installed; the voice room that uses it is not available in this version`,
      }
    : {
        enabled: false,
        provider: "browser",
        detail: "espeak-ng is not installed (apt install espeak-ng): the browser's speech synthesis is used",
      };
}
