import type { CandidateSpeech, CandidateSpeechOptions } from "../room/candidate-speech";
import { useBrowserRecognition } from "./use-browser-recognition";
import { useServerRecognition } from "./use-server-recognition";

/** Speech in, by the engine `session_state` names: the browser's recognizer or the server's. */
export function useCandidateSpeech(
  stt: "browser" | "server",
  options: CandidateSpeechOptions,
): CandidateSpeech {
  const browser = useBrowserRecognition({ ...options, enabled: options.enabled && stt === "browser" });
  const server = useServerRecognition({ ...options, enabled: options.enabled && stt === "server" });
  return stt === "server" ? server : browser;
}
