import type { PanelMember, PersonaId } from "@studio/protocol";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { MouthShape } from "../../audio/mouth-meter";
import type { ConnectionStatus } from "../../hooks/use-interview-socket";
import { PanelStage } from "../ai-panel/panel-stage";
import { buttonClass } from "../button-styles";
import type { AvatarState } from "./avatar-frame";
import { AvatarStateChip } from "./avatar-state-chip";
import { ConnectionPill } from "./connection-pill";
import { InterviewerAvatar } from "./interviewer-avatar";

interface RoomStageProps {
  agent: AvatarState;
  readMouth: () => MouthShape;
  connection: ConnectionStatus;
  soundBlocked: boolean;
  onUnlockSound: () => void;
  /** Bottom-right corner: the camera preview, and whatever else watches the candidate. */
  corner?: ReactNode;
  /** Top-right corner: a calm line about the camera analysis. */
  topRight?: ReactNode;
  /** Panel practice: the AI interviewers, and which of them asks now. */
  panel?: readonly PanelMember[];
  activePersona?: PersonaId;
}

/** The interviewer's face with its state, the connection and, when the browser blocks sound, a button for it. */
export function RoomStage({
  agent,
  readMouth,
  connection,
  soundBlocked,
  onUnlockSound,
  corner,
  topRight,
  panel,
  activePersona,
}: RoomStageProps) {
  const { t } = useTranslation();
  return (
    <section
      aria-label={t("room.stage")}
      className="card relative overflow-hidden bg-linear-to-b from-brand-50 via-white to-slate-100"
    >
      {/* A panel leaves room for the corner chips under its row of faces. */}
      <div className={`flex justify-center px-4 ${panel ? "pt-12 pb-14" : "pt-10 pb-4 sm:pt-8"}`}>
        {panel ? (
          <PanelStage members={panel} active={activePersona} agent={agent} readMouth={readMouth} />
        ) : (
          <InterviewerAvatar state={agent} readMouth={readMouth} />
        )}
      </div>
      <div className="absolute top-3 left-3">
        <ConnectionPill status={connection} />
      </div>
      <div className="absolute bottom-3 left-3">
        <AvatarStateChip state={agent} />
      </div>
      <div className="absolute right-3 bottom-3 flex items-end gap-2">{corner}</div>
      {topRight && <div className="absolute top-3 right-3">{topRight}</div>}
      {soundBlocked && (
        <div className="absolute inset-x-0 top-3 flex justify-center">
          <button
            type="button"
            onClick={onUnlockSound}
            data-testid="enable-sound"
            className={buttonClass("primary", "sm", "shadow-lg")}
          >
            <svg
              aria-hidden="true"
              viewBox="0 0 24 24"
              className="size-4"
              fill="none"
              stroke="currentColor"
              strokeWidth="2"
              strokeLinecap="round"
              strokeLinejoin="round"
            >
              <path d="M11 5 6 9H3v6h3l5 4V5zM15.5 8.5a5 5 0 0 1 0 7M18.5 5.5a9 9 0 0 1 0 13" />
            </svg>
            {t("room.sound.enable")}
          </button>
        </div>
      )}
    </section>
  );
}
