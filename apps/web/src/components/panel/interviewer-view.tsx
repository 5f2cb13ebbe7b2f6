import type { PanelClientMessage } from "@studio/protocol";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { PanelRoomState } from "../../hooks/use-panel-socket";
import { buttonClass } from "../button-styles";
import { CandidateColumn } from "./candidate-column";
import { PanelTimer } from "./panel-timer";
import { PanelTranscript } from "./panel-transcript";
import { QuestionSidebar } from "./question-sidebar";
import { ROLE_LABEL } from "./role-label";
import { SayBox } from "./say-box";

interface Props {
  state: PanelRoomState;
  online: boolean;
  stt: "browser" | "server";
  invite: string | null;
  send: (message: PanelClientMessage) => void;
  reportPath: string;
}

/** The interviewers' screen: transcript, a column per candidate, the question bank and the clock. */
export function InterviewerView({ state, online, stt, invite, send, reportPath }: Props) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState("");
  const panel = state.panel;
  if (!panel) return null;
  const participants = panel.participants.map((p) => ({ ...p, connected: state.connected.has(p.id) }));
  const candidates = participants.filter((p) => p.role === "candidate");
  const interviewer = panel.me.role === "interviewer";
  const ended = state.ended !== null || panel.status === "ended";
  return (
    <div className="flex flex-col gap-4" data-testid="interviewer-view">
      <header className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <h1 className="text-xl font-bold text-slate-900">{panel.title}</h1>
          <p className="text-sm text-slate-500">
            {panel.me.name} · {t(ROLE_LABEL[panel.me.role])} ·{" "}
            <span className={online ? "text-emerald-700" : "text-amber-700"}>
              {online ? t("panel.online") : t("panel.offline")}
            </span>
          </p>
        </div>
        <div className="flex items-center gap-3">
          <PanelTimer startedAt={panel.startedAt ?? new Date().toISOString()} stopped={ended} />
          {ended ? (
            <Link className={buttonClass("primary", "sm")} to={reportPath}>
              {t("panel.openReport")}
            </Link>
          ) : (
            interviewer && (
              <button
                type="button"
                className={buttonClass("danger", "sm")}
                onClick={() => window.confirm(t("panel.endConfirm")) && send({ type: "end_session" })}
                data-testid="panel-end"
              >
                {t("panel.end")}
              </button>
            )
          )}
        </div>
      </header>
      <ul className="flex flex-wrap gap-2 text-xs" aria-label={t("panel.speakerLegend")}>
        {participants.map((p) => (
          <li
            key={p.id}
            className={`rounded-full px-2 py-0.5 ${p.connected ? "bg-emerald-100 text-emerald-800" : "bg-slate-100 text-slate-500"}`}
          >
            {p.name} · {t(ROLE_LABEL[p.role])}
          </li>
        ))}
      </ul>
      <div className="grid gap-4 lg:grid-cols-[1fr_18rem]">
        <div className="flex flex-col gap-4">
          <section className="card flex flex-col gap-3 p-4">
            <h2 className="font-semibold text-slate-900">{t("panel.transcript")}</h2>
            <PanelTranscript
              transcript={state.transcript}
              participants={participants}
              onCorrect={
                interviewer && !ended
                  ? (utteranceId, speaker) => send({ type: "set_speaker", utteranceId, speaker })
                  : undefined
              }
            />
            {!ended && interviewer && (
              <SayBox
                panel={panel}
                stt={stt}
                send={send}
                tapped={state.tapped}
                draft={draft}
                setDraft={setDraft}
              />
            )}
          </section>
          <div className="grid gap-4 md:grid-cols-3">
            {candidates.map((c) => (
              <CandidateColumn
                key={c.id}
                candidate={c}
                participants={participants}
                items={panel.items}
                evaluation={state.evaluation?.candidates[c.name]}
                notes={state.notes.filter((n) => n.candidateId === c.id)}
                intervalSeconds={30}
                onNote={
                  interviewer && !ended ? (text) => send({ type: "note", candidate: c.id, text }) : undefined
                }
              />
            ))}
          </div>
        </div>
        <QuestionSidebar panelId={panel.id} invite={invite} onUse={setDraft} />
      </div>
      {state.lastError && (
        <p className="text-xs text-rose-700" role="status">
          {state.lastError}
        </p>
      )}
    </div>
  );
}
