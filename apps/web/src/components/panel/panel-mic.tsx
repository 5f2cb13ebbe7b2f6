import type { Language, PanelClientMessage } from "@studio/protocol";
import { useRef } from "react";
import { useTranslation } from "react-i18next";
import { useCandidateSpeech } from "../../hooks/use-candidate-speech";
import { buttonClass } from "../button-styles";

interface Props {
  stt: "browser" | "server";
  language: Language;
  send: (message: PanelClientMessage) => void;
}

/**
 * Push to talk, through the voice room's recognisers: the browser's (its transcript becomes an
 * utterance) or the server's (audio_chunk / audio_end; the server attributes the transcript).
 */
export function PanelMic({ stt, language, send }: Props) {
  const { t } = useTranslation();
  const context = useRef<AudioContext | null>(null);
  const speech = useCandidateSpeech(stt, {
    enabled: true,
    language,
    mode: "ptt",
    canAnswer: true,
    interviewerSpeaking: false,
    interviewerText: "",
    onUserSpeech: () => undefined,
    onAnswer: (text) => text.trim() && send({ type: "utterance", text: text.trim() }),
    onBargeIn: () => undefined,
    getContext: () => {
      context.current ??= new AudioContext();
      return context.current;
    },
    sendAudio: (data) => send({ type: "audio_chunk", data }),
    onAudioEnd: () => send({ type: "audio_end" }),
  });
  if (speech.problem === "unsupported") return null;
  return (
    <button
      type="button"
      className={buttonClass(speech.pttHeld ? "danger" : "secondary", "sm")}
      onPointerDown={speech.press}
      onPointerUp={speech.release}
      onPointerLeave={() => speech.pttHeld && speech.release()}
      data-testid="panel-mic"
    >
      {speech.pttHeld ? t("panel.stopSpeaking") : t("panel.speak")}
    </button>
  );
}
