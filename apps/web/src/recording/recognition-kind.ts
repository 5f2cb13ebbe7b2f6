import type { Language } from "@studio/protocol";
import { speechLang } from "../room/candidate-speech";
import { recognizerConstructor } from "../room/speech-recognition";

/**
 * How the candidate's speech can become text here: the server's engine (STT_PROVIDER set), the
 * browser's on-device recognizer, the browser's cloud recognizer (Chrome sends the audio to Google),
 * or none at all (Chromium, Firefox): then answers are typed, while recording and delivery still work.
 */
export type RecognitionKind = "server" | "on-device" | "cloud" | "none";

const AVAILABILITY_WAIT_MS = 1500;

type AvailabilityCheck = (options: { langs: string[]; processLocally: boolean }) => Promise<string>;

/** Reads what the browser offers; Chrome 139+ can tell whether a language runs on the device. */
export async function detectRecognition(
  stt: "browser" | "server",
  language: Language,
): Promise<RecognitionKind> {
  if (stt === "server") return "server";
  const Recognizer = recognizerConstructor();
  if (!Recognizer) return "none";
  const available = (Recognizer as unknown as { available?: AvailabilityCheck }).available;
  if (typeof available === "function") {
    try {
      // Some builds never settle this promise: after a moment, treat the answer as "not on the device".
      const local = await Promise.race([
        available({ langs: [speechLang(language)], processLocally: true }),
        new Promise<string>((resolve) => setTimeout(() => resolve("unknown"), AVAILABILITY_WAIT_MS)),
      ]);
      if (local === "available") return "on-device";
    } catch {
      // An older signature: treat as cloud.
    }
  }
  // Chromium builds without Google's keys expose the constructor but cannot recognize anything.
  return isChromiumWithoutService() ? "none" : "cloud";
}

/** Debian's and other open builds of Chromium ship the API without the Google service behind it. */
function isChromiumWithoutService(): boolean {
  const brands = (navigator as unknown as { userAgentData?: { brands?: { brand: string }[] } }).userAgentData
    ?.brands;
  if (!brands) return false;
  const names = brands.map((b) => b.brand);
  return names.includes("Chromium") && !names.some((n) => n === "Google Chrome" || n === "Microsoft Edge");
}
