import type { AudioFormat, Language, PanelMember, ServerMessage } from "@studio/protocol";
import { useCallback, useEffect, useRef, useState } from "react";
import { CLOSED_MOUTH, MouthMeter, type MouthShape } from "../audio/mouth-meter";
import { SpeechPlayer } from "../audio/speech-player";
import { BrowserVoice, type VoiceIssue } from "../room/browser-voice";

/**
 * The interviewer's voice in the room: server audio (`ai_audio_chunk`) through the gapless player, or
 * the browser's speech synthesis when `session_state.speech` is "browser". Owns the room's one
 * AudioContext (the microphone worklet shares it) and reports whether sound is blocked by autoplay.
 */
/** `panel`: the AI panel's interviewers, whose browser voices differ in pitch and rate. */
export function useInterviewerVoice(language: Language, panel?: readonly PanelMember[]) {
  const panelRef = useRef(panel);
  panelRef.current = panel;
  const [speaking, setSpeaking] = useState(false);
  const [soundBlocked, setSoundBlocked] = useState(false);
  const [issue, setIssue] = useState<VoiceIssue | null>(null);
  const contextRef = useRef<AudioContext | null>(null);
  const playerRef = useRef<SpeechPlayer | null>(null);
  const meterRef = useRef<MouthMeter | null>(null);
  const voiceRef = useRef<BrowserVoice | null>(null);
  const speechRef = useRef<"server" | "browser">("browser");
  const formatRef = useRef<AudioFormat | null>(null);
  const connectedBefore = useRef(false);
  const sources = useRef({ player: false, browser: false });

  const onSourceChange = useCallback((source: "player" | "browser", active: boolean) => {
    sources.current[source] = active;
    setSpeaking(sources.current.player || sources.current.browser);
  }, []);

  const getContext = useCallback((): AudioContext => {
    if (!contextRef.current || contextRef.current.state === "closed") {
      const context = new AudioContext({ latencyHint: "interactive" });
      contextRef.current = context;
      const update = () => setSoundBlocked(context.state === "suspended");
      context.addEventListener("statechange", update);
      update();
      playerRef.current = new SpeechPlayer(context, (active) => onSourceChange("player", active));
      meterRef.current = new MouthMeter(playerRef.current.analyser);
    }
    return contextRef.current;
  }, [onSourceChange]);

  const getPlayer = useCallback(() => {
    getContext();
    return playerRef.current as SpeechPlayer;
  }, [getContext]);

  useEffect(() => {
    const voice = new BrowserVoice(
      (active) => onSourceChange("browser", active),
      (found) => setIssue(found),
    );
    voiceRef.current = voice;
    // Chrome loads its voice list lazily; ask early so it is there for the first question.
    if (typeof speechSynthesis !== "undefined") speechSynthesis.getVoices();
    getContext();
    // Browsers allow sound after a gesture: any click or key in the room unlocks it.
    const unlock = () => void contextRef.current?.resume();
    window.addEventListener("pointerdown", unlock);
    window.addEventListener("keydown", unlock);
    return () => {
      window.removeEventListener("pointerdown", unlock);
      window.removeEventListener("keydown", unlock);
      voice.cancel();
      playerRef.current?.dispose();
      playerRef.current = null;
      meterRef.current = null;
      void contextRef.current?.close();
      contextRef.current = null;
    };
  }, [getContext, onSourceChange]);

  useEffect(() => voiceRef.current?.setLanguage(language), [language]);

  /** Feeds a server message that concerns the interviewer's voice. */
  const handle = useCallback(
    (message: ServerMessage) => {
      switch (message.type) {
        case "session_state":
          speechRef.current = message.speech;
          formatRef.current = message.audio;
          // A reconnect resumes the turn from the server: what was still playing would overlap it.
          if (connectedBefore.current) {
            playerRef.current?.interrupt();
            voiceRef.current?.cancel();
          }
          connectedBefore.current = true;
          break;
        case "question":
          // The final question starts a new utterance: the server's audio follows it, or the browser says it.
          getPlayer().beginUtterance();
          if (speechRef.current !== "browser") break;
          voiceRef.current?.cancel();
          voiceRef.current?.setStyle(panelRef.current?.find((m) => m.id === message.question.persona)?.voice);
          voiceRef.current?.feed(message.question.text, true, true);
          break;
        case "ai_audio_chunk":
          getPlayer().push(message);
          break;
        case "ai_audio_end":
          getPlayer().end();
          break;
      }
    },
    [getPlayer],
  );

  const handleBinary = useCallback(
    (data: ArrayBuffer) => {
      const format = formatRef.current;
      if (format) getPlayer().pushBinary(data, format);
    },
    [getPlayer],
  );

  /** Barge-in: stops the voice at once; returns how many ms of the utterance were heard. */
  const interrupt = useCallback((): number => {
    const fromPlayer = playerRef.current?.interrupt() ?? 0;
    const fromBrowser = voiceRef.current?.cancel() ?? 0;
    return Math.max(fromPlayer, fromBrowser);
  }, []);

  /** The mouth shape for this animation frame. */
  const readMouth = useCallback((): MouthShape => {
    if (sources.current.player && meterRef.current) return meterRef.current.read();
    if (sources.current.browser && voiceRef.current) return voiceRef.current.mouth.read();
    return CLOSED_MOUTH;
  }, []);

  const unlockSound = useCallback(() => {
    void getContext().resume();
    setIssue((current) => (current === "blocked" ? null : current));
  }, [getContext]);

  return {
    speaking,
    soundBlocked,
    issue,
    handle,
    handleBinary,
    interrupt,
    readMouth,
    unlockSound,
    getContext,
  };
}
