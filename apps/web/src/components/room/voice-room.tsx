import type { PanelMember, SessionDetail } from "@studio/protocol";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { ExpressionOverlay } from "../../camera/expression-overlay";
import { useVoiceRoom, type VoiceRoomModel } from "../../hooks/use-voice-room";
import { errorMessage } from "../../i18n/error-message";
import { micState } from "../../room/mic-state";
import { shownAgentState } from "../../room/room-state";
import { ConfirmDialog } from "../confirm-dialog";
import { RecognitionNotice } from "../recording/recognition-notice";
import { RecordingToggle } from "../recording/recording-toggle";
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
  const room = useVoiceRoom(session);
  const { state, socket, voice, ending } = room;
  return (
    <div
      data-testid="voice-room"
      data-avatar-state={room.agent}
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
        cameraProblem={room.camera.problem}
        micProblem={room.recognition.kind === "none" ? null : room.speech.problem}
        noVoice={voice.issue === "no-voice" && state.speech === "browser"}
        connection={{
          offline: socket.status === "offline",
          fatal: socket.fatal,
          reconnect: socket.reconnect,
        }}
        dismiss={socket.update}
      >
        <RecognitionNotice
          kind={room.recognition.kind}
          consented={room.recognition.consented}
          onConsent={room.recognition.consent}
        />
        {ending.failed && (
          <RoomNotice testId="end-error" tone="error">
            {errorMessage(t, ending.failed)}
          </RoomNotice>
        )}
      </RoomNotices>
      <div className="grid items-start gap-5 lg:grid-cols-[minmax(0,1.45fr)_minmax(0,1fr)]">
        <LiveColumn room={room} panel={session.panel} />
        <AnswerColumn room={room} panel={session.panel}>
          {children}
        </AnswerColumn>
      </div>
      <ConfirmDialog
        open={room.confirm.open}
        title={t("interview.endConfirm.title")}
        body={t("interview.endConfirm.body")}
        confirmLabel={t("interview.endConfirm.confirm")}
        cancelLabel={t("common.cancel")}
        busy={ending.ending}
        onConfirm={() => {
          room.confirm.set(false);
          voice.interrupt();
          ending.start();
        }}
        onCancel={() => room.confirm.set(false)}
      />
    </div>
  );
}

/** The interviewer's face, the captions and the controls. */
function LiveColumn({ room, panel }: { room: VoiceRoomModel; panel?: PanelMember[] | undefined }) {
  const { state, voice, speech, prefs, camera, recording } = room;
  return (
    <div className="space-y-4">
      <RoomStage
        agent={room.agent}
        readMouth={voice.readMouth}
        connection={room.socket.status}
        soundBlocked={voice.soundBlocked}
        onUnlockSound={voice.unlockSound}
        panel={panel}
        activePersona={state.question?.persona}
        corner={
          <CameraPreview stream={camera.stream} enabled={prefs.cameraOn} onToggle={prefs.toggleCamera} />
        }
        topRight={
          <ExpressionOverlay
            sessionId={room.sessionId}
            stream={camera.stream}
            questionId={state.question?.id}
            send={(sample) => room.socket.send({ type: "emotion", ...sample })}
          />
        }
      />
      <RoomSubtitles
        interviewer={state.subtitle.text}
        interviewerDone={!state.subtitle.draft}
        interim={state.user.interim}
        final={state.user.final}
        userSpeaking={speech.userSpeaking}
      />
      <RecordingToggle
        enabled={recording.enabled}
        onChange={recording.setEnabled}
        status={recording.status}
        video={room.video}
      />
      <RoomControls
        micMode={prefs.micMode}
        onMicMode={prefs.chooseMicMode}
        mic={micState(speech.problem, room.recognition, room.connectedOnce)}
        micLive={speech.live}
        pttHeld={speech.pttHeld}
        userSpeaking={speech.userSpeaking}
        onPress={speech.press}
        onRelease={speech.release}
        canInterrupt={room.agent === "speaking"}
        onInterrupt={room.interrupt}
        onEnd={() => room.confirm.set(true)}
        ending={room.ending.ending}
      />
    </div>
  );
}

/** The question, the typed answer, the last score, and a slot for more of the room. */
function AnswerColumn({
  room,
  panel,
  children,
}: {
  room: VoiceRoomModel;
  panel?: PanelMember[] | undefined;
  children?: ReactNode;
}) {
  return (
    <div className="space-y-4">
      <RoomQuestion
        question={room.state.question}
        asker={panel?.find((m) => m.id === room.state.question?.persona)}
      />
      <RoomAnswerForm
        disabled={!room.canAnswer || room.ending.ending}
        waiting={room.agent === "thinking"}
        onSubmit={(text) => room.sendAnswer(text)}
      />
      <RoomEvaluation evaluation={room.state.evaluation} />
      <div data-slot="room-extras" className="space-y-4 empty:hidden">
        {children}
      </div>
    </div>
  );
}
