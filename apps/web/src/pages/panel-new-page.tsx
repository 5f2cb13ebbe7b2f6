import { type CreatedPanel, DEFAULT_PANEL_ITEMS, type Language, type PanelMode } from "@studio/protocol";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { createPanel } from "../api/panels-api";
import { buttonClass } from "../components/button-styles";
import { ErrorAlert } from "../components/error-alert";
import { PageHeader } from "../components/page-header";
import { MyPanels } from "../components/panel/my-panels";
import { PanelInvites } from "../components/panel/panel-invites";
import { useMe } from "../hooks/use-me";
import { currentUiLanguage } from "../i18n";
import { errorMessage } from "../i18n/error-message";

const input = "w-full rounded-lg border border-slate-300 px-3 py-2 text-sm";
const names = (list: string[]) =>
  list
    .map((n) => n.trim())
    .filter(Boolean)
    .map((name) => ({ name }));

/** Creates a panel interview and hands out one invitation link per person. */
export function PanelNewPage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const [title, setTitle] = useState("");
  const [role, setRole] = useState("");
  const [language, setLanguage] = useState<Language>(currentUiLanguage());
  // The API's default items are Korean; an English screen starts from their English names (editable).
  const [items, setItems] = useState(
    currentUiLanguage() === "en"
      ? "Technical, Experience, Character, Motivation"
      : DEFAULT_PANEL_ITEMS.join(", "),
  );
  const [interviewers, setInterviewers] = useState([me?.name ?? "", "", ""]);
  const [candidates, setCandidates] = useState(["", "", ""]);
  const [mode, setMode] = useState<PanelMode>("devices");
  const [seesTranscript, setSeesTranscript] = useState(false);
  const [questions, setQuestions] = useState("");
  const create = useMutation({
    mutationFn: () =>
      createPanel({
        title,
        language,
        ...(role.trim() ? { role: role.trim() } : {}),
        items: items
          .split(",")
          .map((s) => s.trim())
          .filter(Boolean),
        interviewers: names(interviewers),
        candidates: names(candidates),
        mode,
        candidateSeesTranscript: seesTranscript,
        questions: questions
          .split("\n")
          .map((s) => s.trim())
          .filter(Boolean),
      }),
  });
  const [reissued, setReissued] = useState<CreatedPanel | null>(null);
  const shown = create.data ?? reissued;
  if (shown) return <PanelInvites created={shown} />;
  const people = (label: string, list: string[], set: (l: string[]) => void) => (
    <fieldset className="flex flex-col gap-2">
      <legend className="mb-1 text-sm font-semibold text-slate-700">{label}</legend>
      {list.map((value, i) => (
        <input
          // biome-ignore lint/suspicious/noArrayIndexKey: fixed slots
          key={i}
          className={input}
          placeholder={`${t("panel.namePlaceholder")} ${i + 1}`}
          aria-label={`${label} ${i + 1}`}
          value={value}
          maxLength={60}
          onChange={(e) => set(list.map((v, j) => (j === i ? e.target.value : v)))}
        />
      ))}
    </fieldset>
  );
  return (
    <div>
      <PageHeader title={t("panel.newTitle")} description={t("panel.newDescription")} />
      <MyPanels onInvites={setReissued} />
      <form
        className="card grid gap-5 p-6 md:grid-cols-2"
        onSubmit={(e) => {
          e.preventDefault();
          create.mutate();
        }}
      >
        <label className="flex flex-col gap-1 text-sm font-semibold text-slate-700 md:col-span-2">
          {t("panel.title")}
          <input
            className={input}
            value={title}
            maxLength={120}
            required
            onChange={(e) => setTitle(e.target.value)}
          />
        </label>
        <label className="flex flex-col gap-1 text-sm font-semibold text-slate-700">
          {t("panel.role")}
          <input
            className={input}
            value={role}
            maxLength={80}
            placeholder={t("panel.rolePlaceholder")}
            onChange={(e) => setRole(e.target.value)}
          />
        </label>
        <label className="flex flex-col gap-1 text-sm font-semibold text-slate-700">
          {t("panel.language")}
          <select
            className={input}
            value={language}
            onChange={(e) => setLanguage(e.target.value as Language)}
          >
            <option value="ko">한국어</option>
            <option value="en">English</option>
          </select>
        </label>
        <label className="flex flex-col gap-1 text-sm font-semibold text-slate-700">
          {t("panel.items")}
          <input className={input} value={items} onChange={(e) => setItems(e.target.value)} />
        </label>
        {people(t("panel.interviewers"), interviewers, setInterviewers)}
        {people(t("panel.candidates"), candidates, setCandidates)}
        <label className="flex flex-col gap-1 text-sm font-semibold text-slate-700">
          {t("panel.mode")}
          <select className={input} value={mode} onChange={(e) => setMode(e.target.value as PanelMode)}>
            <option value="devices">{t("panel.modeDevices")}</option>
            <option value="shared_room">{t("panel.modeShared")}</option>
          </select>
        </label>
        <label className="flex items-center gap-2 self-end text-sm text-slate-700">
          <input
            type="checkbox"
            checked={seesTranscript}
            onChange={(e) => setSeesTranscript(e.target.checked)}
          />
          {t("panel.candidateTranscript")}
        </label>
        <label className="flex flex-col gap-1 text-sm font-semibold text-slate-700 md:col-span-2">
          {t("panel.questions")}
          <textarea
            className={input}
            rows={3}
            value={questions}
            onChange={(e) => setQuestions(e.target.value)}
          />
        </label>
        {create.error && (
          <div className="md:col-span-2">
            <ErrorAlert>{errorMessage(t, create.error)}</ErrorAlert>
          </div>
        )}
        <div className="md:col-span-2">
          <button
            type="submit"
            className={buttonClass("primary", "md")}
            disabled={create.isPending}
            data-testid="panel-create"
          >
            {t("panel.create")}
          </button>
        </div>
      </form>
    </div>
  );
}
