import type { CandidateEvaluation, PanelNote, PanelParticipant } from "@studio/protocol";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { buttonClass } from "../button-styles";
import { speakerColor } from "./speaker-colors";

interface Props {
  candidate: PanelParticipant;
  participants: PanelParticipant[];
  items: string[];
  evaluation: CandidateEvaluation | undefined;
  notes: PanelNote[];
  intervalSeconds: number;
  onNote?: (text: string) => void;
}

/** One candidate's column: the latest evaluation (scores, summary, what to ask) and the notes. */
export function CandidateColumn({
  candidate,
  participants,
  items,
  evaluation,
  notes,
  intervalSeconds,
  onNote,
}: Props) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState("");
  return (
    <section className="card flex flex-col gap-3 p-4" data-testid={`candidate-${candidate.name}`}>
      <h3
        className={`rounded-md border-l-4 px-2 py-1 font-semibold ${speakerColor(participants, candidate.id)}`}
      >
        {candidate.name}
        {evaluation && (
          <span className="ml-2 text-xs font-normal">
            {t("panel.answers", { count: evaluation.answers })}
          </span>
        )}
      </h3>
      <div>
        <h4 className="text-xs font-semibold uppercase tracking-wide text-slate-500">
          {t("panel.evaluation")}
        </h4>
        {evaluation ? (
          <>
            <dl className="mt-1 grid grid-cols-2 gap-x-3 gap-y-1 text-sm" data-testid="candidate-scores">
              {items.map((item) => (
                <div key={item} className="flex items-center justify-between">
                  <dt className="text-slate-600">{item}</dt>
                  <dd className="font-semibold tabular-nums">{evaluation.scores[item] ?? "-"}/5</dd>
                </div>
              ))}
            </dl>
            <p className="mt-2 text-sm text-slate-700">{evaluation.summary}</p>
            {evaluation.questions.length > 0 && (
              <div className="mt-2">
                <h5 className="text-xs font-semibold text-slate-500">{t("panel.askNext")}</h5>
                <ul className="list-disc pl-4 text-xs text-slate-600">
                  {evaluation.questions.map((q) => (
                    <li key={q}>{q}</li>
                  ))}
                </ul>
              </div>
            )}
          </>
        ) : (
          <p className="text-sm text-slate-500">{t("panel.noEvaluation", { seconds: intervalSeconds })}</p>
        )}
      </div>
      <div>
        <h4 className="text-xs font-semibold uppercase tracking-wide text-slate-500">{t("panel.notes")}</h4>
        {notes.length === 0 ? (
          <p className="text-sm text-slate-500">{t("panel.noNotes")}</p>
        ) : (
          <ul className="mt-1 flex flex-col gap-1 text-sm" data-testid="candidate-notes">
            {notes.map((n) => (
              <li key={n.id} className="rounded bg-slate-50 px-2 py-1">
                <span className="text-xs font-semibold text-slate-500">{n.author}</span> {n.text}
              </li>
            ))}
          </ul>
        )}
        {onNote && (
          <form
            className="mt-2 flex gap-2"
            onSubmit={(e) => {
              e.preventDefault();
              if (!draft.trim()) return;
              onNote(draft.trim());
              setDraft("");
            }}
          >
            <input
              className="min-w-0 flex-1 rounded-lg border border-slate-300 px-2 py-1 text-sm"
              placeholder={t("panel.notePlaceholder", { name: candidate.name })}
              aria-label={t("panel.notePlaceholder", { name: candidate.name })}
              value={draft}
              maxLength={2000}
              onChange={(e) => setDraft(e.target.value)}
            />
            <button type="submit" className={buttonClass("secondary", "sm")}>
              {t("panel.saveNote")}
            </button>
          </form>
        )}
      </div>
    </section>
  );
}
