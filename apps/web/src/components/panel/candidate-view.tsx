import type { PanelClientMessage } from "@studio/protocol";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { PanelRoomState } from "../../hooks/use-panel-socket";
import { buttonClass } from "../button-styles";
import { PanelMic } from "./panel-mic";
import { PanelTimer } from "./panel-timer";

/** The candidate's screen, kept calm: the questions asked, their own words if allowed, the time. */
export function CandidateView({
  state,
  stt,
  send,
}: {
  state: PanelRoomState;
  stt: "browser" | "server";
  send: (m: PanelClientMessage) => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState("");
  const panel = state.panel;
  if (!panel) return null;
  const ended = state.ended !== null || panel.status === "ended";
  const lines = state.transcript;
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-6" data-testid="candidate-view">
      <header className="flex items-start justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold text-slate-900">
            {t("panel.candidateWelcome", { name: panel.me.name })}
          </h1>
          <p className="mt-1 text-slate-600">{panel.title}</p>
        </div>
        <PanelTimer startedAt={panel.startedAt ?? new Date().toISOString()} stopped={ended} />
      </header>
      {ended ? (
        <p className="card p-6 text-center text-lg text-slate-700" data-testid="candidate-ended">
          {t("panel.ended")}
        </p>
      ) : (
        <p className="rounded-2xl bg-sky-50 p-5 text-sky-900">{t("panel.candidateCalm")}</p>
      )}
      <section className="card p-5">
        <h2 className="mb-3 font-semibold text-slate-900">{t("panel.candidateQuestions")}</h2>
        <ol className="flex flex-col gap-3" data-testid="candidate-transcript">
          {lines.map((u) => (
            <li
              key={u.id}
              className={u.role === "interviewer" ? "text-lg text-slate-900" : "ml-6 text-slate-600"}
            >
              {u.role === "interviewer" ? u.text : `— ${u.text}`}
            </li>
          ))}
        </ol>
      </section>
      {!ended && (
        <form
          className="flex flex-wrap gap-2"
          onSubmit={(e) => {
            e.preventDefault();
            if (!draft.trim()) return;
            send({ type: "utterance", text: draft.trim() });
            setDraft("");
          }}
        >
          <input
            className="min-w-0 flex-1 rounded-xl border border-slate-300 px-3 py-2"
            placeholder={t("panel.yourAnswer")}
            aria-label={t("panel.yourAnswer")}
            value={draft}
            maxLength={5000}
            onChange={(e) => setDraft(e.target.value)}
            data-testid="panel-say"
          />
          <button type="submit" className={buttonClass("primary", "md")}>
            {t("panel.send")}
          </button>
          <PanelMic stt={stt} language={panel.language} send={send} />
        </form>
      )}
    </div>
  );
}
