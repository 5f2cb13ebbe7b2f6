import type { Language } from "@studio/protocol";
import type { SpeechError } from "../speech-errors";
import type { RecognitionHandlers } from "../stt/speech-recognizer";

export interface RecordedHandlers extends RecognitionHandlers {
  events: string[];
  /** Resolves with the final transcript or the error, whichever the session reports. */
  outcome: Promise<{ final: string } | { error: SpeechError }>;
}

/** Recognition handlers that note every call, in order. */
export function recordedHandlers(language: Language): RecordedHandlers {
  const events: string[] = [];
  let settle: (value: { final: string } | { error: SpeechError }) => void = () => {};
  const outcome = new Promise<{ final: string } | { error: SpeechError }>((resolve) => {
    settle = resolve;
  });
  return {
    language,
    events,
    outcome,
    onInterim: (text) => events.push(`interim:${text}`),
    onFinal: (text) => {
      events.push(`final:${text}`);
      settle({ final: text });
    },
    onSpeechStart: () => events.push("speech_start"),
    onSpeechEnd: () => events.push("speech_end"),
    onError: (error) => {
      events.push(`error:${error.kind}`);
      settle({ error });
    },
  };
}
