import type { PanelClientMessage, PanelDetail } from "@studio/protocol";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { buttonClass } from "../button-styles";
import { PanelMic } from "./panel-mic";

interface Props {
  panel: PanelDetail;
  stt: "browser" | "server";
  send: (message: PanelClientMessage) => void;
  /** Shared-room mode: who the interviewer last tapped. */
  tapped: string | null;
  draft: string;
  setDraft: (text: string) => void;
}

/** Typing (always works) and the microphone; interviewers may say whose words they type. */
export function SayBox({ panel, stt, send, tapped, draft, setDraft }: Props) {
  const { t } = useTranslation();
  const interviewer = panel.me.role === "interviewer";
  const speakers = panel.participants.filter((p) => p.role !== "observer");
  const [speaker, setSpeaker] = useState(panel.me.participantId);
  const shared = panel.mode === "shared_room" && interviewer;
  return (
    <div className="flex flex-col gap-2 print:hidden">
      {shared && (
        <fieldset className="flex flex-wrap items-center gap-2" aria-label={t("panel.whoSpeaks")}>
          <span className="text-xs font-semibold text-slate-500">{t("panel.whoSpeaks")}</span>
          {speakers.map((p) => (
            <button
              key={p.id}
              type="button"
              aria-pressed={tapped === p.id}
              className={buttonClass(tapped === p.id ? "primary" : "secondary", "sm")}
              onClick={() => send({ type: "set_speaker", speaker: p.id })}
            >
              {p.name}
            </button>
          ))}
        </fieldset>
      )}
      <form
        className="flex flex-wrap gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          if (!draft.trim()) return;
          const as = shared ? (tapped ?? speaker) : speaker;
          send({
            type: "utterance",
            text: draft.trim(),
            ...(as !== panel.me.participantId ? { speaker: as } : {}),
          });
          setDraft("");
        }}
      >
        {interviewer && !shared && (
          <select
            aria-label={t("panel.sayAs")}
            className="rounded-lg border border-slate-300 px-2 text-sm"
            value={speaker}
            onChange={(e) => setSpeaker(e.target.value)}
          >
            {speakers.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        )}
        <input
          className="min-w-0 flex-1 rounded-lg border border-slate-300 px-3 py-2 text-sm"
          placeholder={t("panel.say")}
          aria-label={t("panel.say")}
          value={draft}
          maxLength={5000}
          onChange={(e) => setDraft(e.target.value)}
          data-testid="panel-say"
        />
        <button type="submit" className={buttonClass("primary", "sm")}>
          {t("panel.send")}
        </button>
        <PanelMic stt={stt} language={panel.language} send={send} />
      </form>
    </div>
  );
}
