import type { RecognitionKind } from "../recording/recognition-kind";
import type { MicProblem } from "./speech-recognition";

/**
 * What the room's microphone control says. A browser without speech recognition (or whose recognizer
 * failed to reach its service) still has a working microphone: recording and delivery go on, only the
 * words must be typed. Only a refused, missing or insecure microphone is "off".
 */
export type MicState = "ready" | "waiting" | "off" | "noRecognition" | "needsConsent";

const MIC_FAILURES: readonly MicProblem[] = ["denied", "unavailable", "insecure"];

export function micState(
  problem: MicProblem | null,
  recognition: { kind: RecognitionKind | null; allowed: boolean },
  connected: boolean,
): MicState {
  if (problem && MIC_FAILURES.includes(problem)) return "off";
  if (problem || recognition.kind === "none") return "noRecognition";
  if (recognition.kind === "cloud" && !recognition.allowed) return "needsConsent";
  return recognition.kind !== null && connected ? "ready" : "waiting";
}
