import type { AnswerDelivery, SessionDetail } from "@studio/protocol";
import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useRef, useState } from "react";
import { useNavigate } from "react-router";
import { queryKeys } from "../api/query-keys";
import { sendDelivery } from "../recording/send-delivery";
import { useAnswerRecording } from "../recording/use-answer-recording";
import { useRecognitionChoice } from "../recording/use-recognition-choice";
import { canAnswer, shownAgentState } from "../room/room-state";
import { useCamera } from "./use-camera";
import { useCandidateSpeech } from "./use-candidate-speech";
import { useEndInterview } from "./use-end-interview";
import { useInterviewSocket } from "./use-interview-socket";
import { useInterviewerVoice } from "./use-interviewer-voice";
import { useRoomKeyboard } from "./use-room-keyboard";
import { useRoomPreferences } from "./use-room-preferences";
import { useRoomTurn } from "./use-room-turn";

/**
 * Everything the voice room does, wired: the socket and its state machine, the interviewer's voice,
 * the candidate's speech, barge-in and answers, preferences, camera and ending. The room renders it.
 */
export function useVoiceRoom(session: SessionDetail) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const voice = useInterviewerVoice(session.language, session.panel);
  const leaving = useRef(false);
  const goToReport = useCallback(() => {
    if (leaving.current) return;
    leaving.current = true;
    void queryClient.invalidateQueries({ queryKey: queryKeys.sessions });
    void navigate(`/report/${session.id}`, { replace: true });
  }, [navigate, queryClient, session.id]);

  const socket = useInterviewSocket(session.id, {
    onMessage: (message) => {
      voice.handle(message);
      if (message.type === "interview_ended") goToReport();
      if (message.type === "session_state" && message.status === "completed") goToReport();
      if (message.type === "error" && message.code === "SESSION_CLOSED") goToReport();
    },
    onBinary: voice.handleBinary,
  });
  const { state, send, update } = socket;
  const [connectedOnce, setConnectedOnce] = useState(false);
  if (state.ready && !connectedOnce) setConnectedOnce(true);
  // The face moves while its voice is audible; otherwise it shows what the server says it is doing.
  const agent = voice.speaking ? "speaking" : shownAgentState(state);
  const prefs = useRoomPreferences(session.mode === "video");
  const camera = useCamera(prefs.cameraOn);
  const ending = useEndInterview(session.id, send, goToReport);
  const [confirmOpen, setConfirmOpen] = useState(false);

  // With recording on, each answer's delivery (measured from its audio) follows it.
  const recordingRef = useRef<ReturnType<typeof useAnswerRecording> | null>(null);
  const measure = useRef((text: string) => recordingRef.current?.finish(text) ?? Promise.resolve(undefined));
  const deliver = (measured: AnswerDelivery) => sendDelivery(session.id, measured, send);
  const { interrupt, sendAnswer } = useRoomTurn({ state, send, update, voice, measure, deliver });
  const open = canAnswer(state);
  const recognition = useRecognitionChoice(state.stt, session.language);
  const speech = useCandidateSpeech(state.stt, {
    enabled: connectedOnce && !state.ended && recognition.allowed,
    processLocally: recognition.kind === "on-device",
    language: session.language,
    mode: prefs.micMode,
    canAnswer: open,
    interviewerSpeaking: agent === "speaking",
    interviewerText: state.subtitle.text,
    onUserSpeech: (interim, final) => {
      recordingRef.current?.noteSpeech(interim, final);
      update({ type: "local/user_speech", interim, final });
    },
    onAnswer: sendAnswer,
    onBargeIn: interrupt,
    getContext: voice.getContext,
    sendAudio: (data) => send({ type: "audio_chunk", data }),
    onAudioEnd: () => {
      send({ type: "audio_end" });
      update({ type: "local/audio_end" });
    },
  });
  useRoomKeyboard({ ...speech, interrupt, micUsable: speech.problem === null && recognition.allowed });
  const recording = useAnswerRecording({
    sessionId: session.id,
    language: session.language,
    turnOpen: open && agent !== "speaking",
    questionId: state.question?.id ?? null,
    videoTrack: session.mode === "video" ? (camera.stream?.getVideoTracks()[0] ?? null) : null,
  });
  recordingRef.current = recording;

  return {
    state,
    socket,
    voice,
    agent,
    prefs,
    camera,
    ending,
    confirm: { open: confirmOpen, set: setConfirmOpen },
    interrupt,
    sendAnswer,
    canAnswer: open,
    speech,
    connectedOnce,
    recognition,
    recording,
    video: session.mode === "video",
    sessionId: session.id,
  };
}

export type VoiceRoomModel = ReturnType<typeof useVoiceRoom>;
