import type { PanelMember, PersonaId } from "@studio/protocol";
import { useTranslation } from "react-i18next";
import type { MouthShape } from "../../audio/mouth-meter";
import type { AvatarState } from "../room/avatar-frame";
import { InterviewerAvatar } from "../room/interviewer-avatar";

interface PanelStageProps {
  members: readonly PanelMember[];
  /** The persona asking the current question: its face speaks, the others listen. */
  active: PersonaId | undefined;
  agent: AvatarState;
  readMouth: () => MouthShape;
}

const QUIET: MouthShape = { open: 0, width: 1 };
const quiet = () => QUIET;

/** The AI panel side by side: each interviewer in their own look, the one asking highlighted and lip-synced. */
export function PanelStage({ members, active, agent, readMouth }: PanelStageProps) {
  const { t } = useTranslation();
  return (
    <ul
      data-testid="panel-stage"
      aria-label={t("panelPractice.stage")}
      className={`grid w-full gap-2 sm:gap-4 ${members.length === 2 ? "grid-cols-2" : "grid-cols-3"}`}
    >
      {members.map((member) => {
        const speaking = member.id === active;
        return (
          <li
            key={member.id}
            data-testid="panel-member"
            data-persona={member.id}
            data-active={speaking ? "true" : "false"}
            aria-current={speaking ? "true" : undefined}
            className={`flex flex-col items-center rounded-2xl px-1 pt-2 pb-3 text-center transition ${
              speaking ? "bg-white shadow-md ring-2 ring-brand-500" : "opacity-70"
            }`}
          >
            <InterviewerAvatar
              state={speaking ? agent : "listening"}
              readMouth={speaking ? readMouth : quiet}
              look={member.look}
              className="w-full max-w-[11rem]"
            />
            <p className="mt-1 text-sm font-bold text-slate-900">{member.name}</p>
            <p className="text-xs text-slate-600">{member.title}</p>
            {speaking && (
              <span className="mt-1 rounded-full bg-brand-600 px-2 py-0.5 text-[0.65rem] font-semibold text-white">
                {t("panelPractice.speaking")}
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
