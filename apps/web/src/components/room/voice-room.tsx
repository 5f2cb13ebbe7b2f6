import type { SessionDetail } from "@studio/protocol";
import { useQueryClient } from "@tanstack/react-query";
import { type ReactNode, useCallback, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { queryKeys } from "../../api/query-keys";
import { useCamera } from "../../hooks/use-camera";
import { useCandidateSpeech } from "../../hooks/use-candidate-speech";
import { useEndInterview } from "../../hooks/use-end-interview";
import { useInterviewSocket } from "../../hooks/use-interview-socket";
import { useInterviewerVoice } from "../../hooks/use-interviewer-voice";
import { useRoomKeyboard } from "../../hooks/use-room-keyboard";
import { useRoomPreferences } from "../../hooks/use-room-preferences";
import { useRoomTurn } from "../../hooks/use-room-turn";
import { errorMessage } from "../../i18n/error-message";
import { canAnswer, shownAgentState } from "../../room/room-state";
import { ConfirmDialog } from "../confirm-dialog";
import { CameraPreview } from "./camera-preview";
import { RoomAnswerForm } from "./room-answer-form";
import { RoomControls } from "./room-controls";
import { RoomEvaluation } from "./room-evaluation";
import { RoomNotice } from "./room-notice";
import { RoomNotices } from "./room-notices";
import { RoomQuestion } from "./room-question";
import { RoomStage } from "./room-stage";
import { RoomSubtitles } from "./room-subtitles";

interface VoiceRoomProps {
  session: SessionDetail;
  /** More of the room (camera analysis, recording): shown under the answer column. */
  children?: ReactNode;
}

/**
 * The voice interview room. Everything it shows comes from the socket: the question with its index and
 * category (`question`), the interviewer's state (`agent_state`), the captions, the scores; the REST copy
 * of the session only says which interview this is. The candidate answers by voice or by typing.
 */
export function VoiceRoom({ session, children }: VoiceRoomProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const voice = useInterviewerVoice(session.language);
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

  const { interrupt, sendAnswer } = useRoomTurn({ state, send, update, voice });
  const open = canAnswer(state);
  const speech = useCandidateSpeech(state.stt, {
    enabled: connectedOnce && !state.ended,
    language: session.language,
    mode: prefs.micMode,
    canAnswer: open,
    interviewerSpeaking: agent === "speaking",
    interviewerText: state.subtitle.text,
    onUserSpeech: (interim, final) => update({ type: "local/user_speech", interim, final }),
    onAnswer: sendAnswer,
    onBargeIn: interrupt,
    getContext: voice.getContext,
    sendAudio: (data) => send({ type: "audio_chunk", data }),
    onAudioEnd: () => {
      send({ type: "audio_end" });
      update({ type: "local/audio_end" });
    },
  });
  useRoomKeyboard({ ...speech, interrupt, micUsable: speech.problem === null });

  return (
    <div
      data-testid="voice-room"
      data-avatar-state={agent}
      data-agent-state={shownAgentState(state)}
      className="space-y-5"
    >
      <div className="flex flex-wrap items-center gap-2">
        <h1 className="text-xl font-bold tracking-tight text-slate-900">
          {t(session.mode === "video" ? "room.titleVideo" : "room.title")}
        </h1>
        <span className="rounded-full bg-slate-100 px-2.5 py-0.5 text-xs font-semibold text-slate-700">
          {t(`roles.${session.role}`)} · {t(`languages.${session.language}`)}
        </span>
      </div>

      <RoomNotices
        state={state}
        cameraProblem={camera.problem}
        micProblem={speech.problem}
        noVoice={voice.issue === "no-voice" && state.speech === "browser"}
        connection={{
          offline: socket.status === "offline",
          fatal: socket.fatal,
          reconnect: socket.reconnect,
        }}
        dismiss={update}
      >
        {ending.failed && (
          <RoomNotice testId="end-error" tone="error">
            {errorMessage(t, ending.failed)}
          </RoomNotice>
        )}
      </RoomNotices>

      <div className="grid items-start gap-5 lg:grid-cols-[minmax(0,1.45fr)_minmax(0,1fr)]">
        <div className="space-y-4">
          <RoomStage
            agent={agent}
            readMouth={voice.readMouth}
            connection={socket.status}
            soundBlocked={voice.soundBlocked}
            onUnlockSound={voice.unlockSound}
            corner={
              <CameraPreview stream={camera.stream} enabled={prefs.cameraOn} onToggle={prefs.toggleCamera} />
            }
          />
          <RoomSubtitles
            interviewer={state.subtitle.text}
            interviewerDone={!state.subtitle.draft}
            interim={state.user.interim}
            final={state.user.final}
            userSpeaking={speech.userSpeaking}
          />
          <RoomControls
            micMode={prefs.micMode}
            onMicMode={prefs.chooseMicMode}
            mic={speech.problem ? "off" : connectedOnce ? "ready" : "waiting"}
            micLive={speech.live}
            pttHeld={speech.pttHeld}
            userSpeaking={speech.userSpeaking}
            onPress={speech.press}
            onRelease={speech.release}
            canInterrupt={agent === "speaking"}
            onInterrupt={interrupt}
            onEnd={() => setConfirmOpen(true)}
            ending={ending.ending}
          />
        </div>

        <div className="space-y-4">
          <RoomQuestion question={state.question} />
          <RoomAnswerForm
            disabled={!open || ending.ending}
            waiting={agent === "thinking"}
            onSubmit={(text) => sendAnswer(text)}
          />
          <RoomEvaluation evaluation={state.evaluation} />
          <div data-slot="room-extras" className="space-y-4 empty:hidden">
            {children}
          </div>
        </div>
      </div>

      <ConfirmDialog
        open={confirmOpen}
        title={t("interview.endConfirm.title")}
        body={t("interview.endConfirm.body")}
        confirmLabel={t("interview.endConfirm.confirm")}
        cancelLabel={t("common.cancel")}
        busy={ending.ending}
        onConfirm={() => {
          setConfirmOpen(false);
          voice.interrupt();
          ending.start();
        }}
        onCancel={() => setConfirmOpen(false)}
      />
    </div>
  );
}
