import type { Language } from "@studio/protocol";
import { useCallback, useEffect, useState } from "react";
import { detectRecognition, type RecognitionKind } from "./recognition-kind";

const CLOUD_CONSENT_KEY = "studio.cloudRecognitionConsent";

/**
 * Which recognizer the room uses and whether it may run: on-device and server recognition run at once;
 * the browser's cloud recognizer only after the candidate agreed to send their voice to its maker.
 */
export function useRecognitionChoice(stt: "browser" | "server", language: Language) {
  const [kind, setKind] = useState<RecognitionKind | null>(null);
  const [consented, setConsented] = useState(() => localStorage.getItem(CLOUD_CONSENT_KEY) === "yes");
  useEffect(() => {
    let live = true;
    void detectRecognition(stt, language).then((found) => live && setKind(found));
    return () => {
      live = false;
    };
  }, [stt, language]);
  const consent = useCallback((yes: boolean) => {
    localStorage.setItem(CLOUD_CONSENT_KEY, yes ? "yes" : "no");
    setConsented(yes);
  }, []);
  const allowed = kind === "server" || kind === "on-device" || (kind === "cloud" && consented);
  return { kind, allowed, consented, consent };
}
