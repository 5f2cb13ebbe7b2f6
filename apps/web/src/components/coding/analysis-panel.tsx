import type { CodeAnalysis } from "@studio/protocol";
import { useTranslation } from "react-i18next";

/** The judge's static reading of the code: estimated time complexity and review notes. */
export function AnalysisPanel({ analysis }: { analysis: CodeAnalysis }) {
  const { t } = useTranslation();
  return (
    <div data-testid="analysis" className="space-y-3 rounded-xl bg-slate-50 p-4">
      <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <h3 className="text-sm font-semibold text-slate-900">{t("coding.analysis.title")}</h3>
        <p className="text-sm text-slate-600">
          {t("coding.analysis.complexity")}{" "}
          <code className="rounded-md bg-brand-50 px-1.5 py-0.5 font-mono text-sm font-semibold text-brand-700">
            {analysis.complexity}
          </code>
        </p>
      </div>
      {analysis.notes.length > 0 ? (
        <ul className="list-disc space-y-1 pl-5 text-sm leading-6 text-slate-700">
          {analysis.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-slate-500">{t("coding.analysis.noNotes")}</p>
      )}
    </div>
  );
}
