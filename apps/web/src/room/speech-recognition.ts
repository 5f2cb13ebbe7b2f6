/** The Web Speech API's recognizer, which TypeScript's DOM library does not declare. */
export interface SpeechRecognizer {
  lang: string;
  continuous: boolean;
  interimResults: boolean;
  maxAlternatives: number;
  onresult: ((event: { resultIndex: number; results: SpeechRecognitionResultList }) => void) | null;
  onerror: ((event: { error: string }) => void) | null;
  onend: (() => void) | null;
  onspeechstart: (() => void) | null;
  start(): void;
  stop(): void;
  abort(): void;
}

type RecognizerConstructor = new () => SpeechRecognizer;

export function recognizerConstructor(): RecognizerConstructor | null {
  const scope = window as unknown as {
    SpeechRecognition?: RecognizerConstructor;
    webkitSpeechRecognition?: RecognizerConstructor;
  };
  return scope.SpeechRecognition ?? scope.webkitSpeechRecognition ?? null;
}

/** Why speech input is not available; typing always is. */
export type MicProblem = "unsupported" | "denied" | "unavailable" | "network" | "insecure";

/** Maps a SpeechRecognition error to a problem worth telling the candidate about; null to retry. */
export function recognitionProblem(error: string): MicProblem | null {
  switch (error) {
    case "not-allowed":
    case "service-not-allowed":
      return "denied";
    case "audio-capture":
      return "unavailable";
    case "network":
      return "network";
    case "language-not-supported":
      return "unsupported";
    default:
      return null; // no-speech, aborted: the session just ends and restarts
  }
}

/** Maps a getUserMedia failure to a problem. */
export function mediaProblem(error: unknown): MicProblem {
  if (!window.isSecureContext) return "insecure";
  const name = error instanceof DOMException ? error.name : "";
  if (name === "NotAllowedError" || name === "SecurityError") return "denied";
  return "unavailable";
}

const words = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, " ")
    .split(/\s+/)
    .filter(Boolean);

/**
 * Whether what the recognizer heard is the interviewer's own voice coming back from the speakers:
 * most of its words are in what the interviewer is saying.
 */
export function isEcho(heard: string, interviewerText: string): boolean {
  const heardWords = words(heard);
  if (heardWords.length === 0) return true;
  const spoken = new Set(words(interviewerText));
  const joined = words(interviewerText).join("");
  const echoed = heardWords.filter((w) => spoken.has(w) || joined.includes(w)).length;
  return echoed / heardWords.length >= 0.6;
}
