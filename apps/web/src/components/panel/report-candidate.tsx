import type { CandidateEvaluation, PanelNote } from "@studio/protocol";
import { useTranslation } from "react-i18next";

interface Props {
  name: string;
  items: string[];
  evaluation: CandidateEvaluation | undefined;
  notes: PanelNote[];
  interviewers: string[];
}

/** One candidate in the report: each item's score with its evidence, and the interviewers' notes side by side. */
export function ReportCandidate({ name, items, evaluation, notes, interviewers }: Props) {
  const { t } = useTranslation();
  return (
    <section className="card print-avoid-break flex flex-col gap-4 p-6" data-testid={`report-${name}`}>
      <h2 className="text-lg font-bold text-slate-900">{name}</h2>
      {evaluation && <p className="text-slate-700">{evaluation.summary}</p>}
      <div className="grid gap-3 md:grid-cols-2">
        {items.map((item) => {
          const quotes = evaluation?.evidence.filter((e) => e.item === item) ?? [];
          return (
            <div key={item} className="rounded-lg border border-slate-200 p-3">
              <div className="flex items-center justify-between">
                <span className="font-semibold text-slate-800">{item}</span>
                <span className="font-bold tabular-nums text-brand-700">
                  {evaluation?.scores[item] ?? "-"}/5
                </span>
              </div>
              {quotes.length > 0 && (
                <ul className="mt-1 flex flex-col gap-1">
                  {quotes.map((e) => (
                    <li
                      key={e.quote}
                      className="border-l-2 border-slate-300 pl-2 text-xs italic text-slate-600"
                    >
                      “{e.quote}”
                    </li>
                  ))}
                </ul>
              )}
            </div>
          );
        })}
      </div>
      {evaluation && evaluation.questions.length > 0 && (
        <div>
          <h3 className="text-sm font-semibold text-slate-600">{t("panel.askNext")}</h3>
          <ul className="list-disc pl-5 text-sm text-slate-700">
            {evaluation.questions.map((q) => (
              <li key={q}>{q}</li>
            ))}
          </ul>
        </div>
      )}
      <div>
        <h3 className="mb-2 text-sm font-semibold text-slate-600">{t("panel.notesSideBySide")}</h3>
        <div
          className="grid gap-3"
          style={{ gridTemplateColumns: `repeat(${Math.max(1, interviewers.length)}, minmax(0, 1fr))` }}
        >
          {interviewers.map((author) => (
            <div key={author} className="rounded-lg bg-slate-50 p-3">
              <h4 className="text-xs font-semibold text-slate-500">{author}</h4>
              <ul className="mt-1 flex flex-col gap-1 text-sm text-slate-700">
                {notes
                  .filter((n) => n.author === author)
                  .map((n) => (
                    <li key={n.id}>{n.text}</li>
                  ))}
              </ul>
            </div>
          ))}
        </div>
      </div>
    </section>
  );
}
