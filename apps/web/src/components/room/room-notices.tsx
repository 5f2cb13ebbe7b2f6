import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { CameraProblem } from "../../hooks/use-camera";
import type { RoomState } from "../../room/room-state";
import type { MicProblem } from "../../room/speech-recognition";
import { buttonClass } from "../button-styles";
import { RoomNotice } from "./room-notice";

interface RoomNoticesProps {
  state: RoomState;
  cameraProblem: CameraProblem | null;
  micProblem: MicProblem | null;
  noVoice: boolean;
  connection: { offline: boolean; fatal: boolean; reconnect: () => void };
  dismiss: (event: { type: "local/dismiss_notice"; id: number } | { type: "local/dismiss_error" }) => void;
  /** Further lines (e.g. the end request failing). */
  children?: ReactNode;
}

/** What the candidate should know, one line each; the interview carries on regardless. */
export function RoomNotices({
  state,
  cameraProblem,
  micProblem,
  noVoice,
  connection,
  dismiss,
  children,
}: RoomNoticesProps) {
  const { t } = useTranslation();
  const error = state.error;
  return (
    <div className="space-y-2 empty:hidden">
      {cameraProblem && (
        <RoomNotice testId="camera-notice">
          {t(cameraProblem === "denied" ? "room.notices.cameraDenied" : "room.notices.camera")}
        </RoomNotice>
      )}
      {micProblem && <RoomNotice testId="mic-notice">{t(`room.notices.mic.${micProblem}`)}</RoomNotice>}
      {noVoice && (
        <RoomNotice testId="voice-notice" tone="info">
          {t("room.notices.noVoice")}
        </RoomNotice>
      )}
      {connection.offline && (
        <RoomNotice
          testId="connection-notice"
          tone="error"
          action={
            <button type="button" className={buttonClass("secondary", "sm")} onClick={connection.reconnect}>
              {t("room.connection.retry")}
            </button>
          }
        >
          {!connection.fatal
            ? t("room.connection.lost")
            : error?.code === "REPLACED"
              ? t("room.connection.replaced")
              : t("room.connection.refused")}
        </RoomNotice>
      )}
      {state.notices.map((notice) => (
        <RoomNotice
          key={notice.id}
          testId="room-notice"
          tone="info"
          onDismiss={() => dismiss({ type: "local/dismiss_notice", id: notice.id })}
        >
          {notice.message}
        </RoomNotice>
      ))}
      {error && error.code !== "REPLACED" && (
        <RoomNotice
          testId="room-error"
          tone="error"
          onDismiss={() => dismiss({ type: "local/dismiss_error" })}
        >
          <span data-code={error.code}>{t(`room.errors.${errorKey(error.code)}`)}</span>{" "}
          <span className="opacity-75">({error.message})</span>
        </RoomNotice>
      )}
      {children}
    </div>
  );
}

/** The room's error codes with their own sentence; the others share the generic one. */
function errorKey(code: string): "ttsFailed" | "sttFailed" | "turnFailed" | "generic" {
  if (code === "TTS_FAILED") return "ttsFailed";
  if (code === "STT_FAILED" || code === "STT_UNAVAILABLE") return "sttFailed";
  if (code === "TURN_FAILED") return "turnFailed";
  return "generic";
}
