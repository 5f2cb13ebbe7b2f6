import type { Report } from "@studio/protocol";
import { useTranslation } from "react-i18next";
import { ReportSection } from "./report-section";

type PostingFit = NonNullable<Report["postingFit"]>;

function Mark({ shown, label }: { shown: boolean; label: string }) {
  return (
    <td className="px-3 py-2 text-center">
      <span
        role="img"
        className={shown ? "font-semibold text-emerald-700" : "text-slate-400"}
        aria-label={`${label}: ${shown ? "✓" : "—"}`}
      >
        {shown ? "✓" : "—"}
      </span>
    </td>
  );
}

/** How the candidate fits the pasted posting: each requirement, shown by the resume and by the answers. */
export function ReportPostingFit({ fit, setup }: { fit: PostingFit; setup?: Report["setup"] }) {
  const { t } = useTranslation();
  const heading = [fit.company, fit.role].filter(Boolean).join(" · ");
  return (
    <ReportSection
      title={t("report.postingFit.title")}
      testId="report-posting-fit"
      aside={<span className="text-sm text-slate-500">{heading}</span>}
    >
      {setup && (
        <p className="mb-3 text-sm text-slate-600" data-testid="report-setup">
          {t("setup.difficulty")} {t(`setup.difficulties.${setup.difficulty}`)} · {t("setup.style")}{" "}
          {t(`setup.styles.${setup.style}`)} · {t(`setup.formats.${setup.format}`)}
          {setup.questionPack ? ` · ${t(`setup.packs.${setup.questionPack}`)}` : ""}
        </p>
      )}
      <table className="w-full text-sm">
        <thead>
          <tr className="border-b border-slate-200 text-left text-xs text-slate-500">
            <th className="py-2 pr-3 font-medium">{t("report.postingFit.requirement")}</th>
            <th className="px-3 py-2 text-center font-medium">{t("report.postingFit.resume")}</th>
            <th className="px-3 py-2 text-center font-medium">{t("report.postingFit.answers")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {fit.requirements.map((r) => (
            <tr key={r.skill}>
              <td className="py-2 pr-3 font-medium text-slate-800">{r.skill}</td>
              <Mark shown={r.inResume} label={t("report.postingFit.resume")} />
              <Mark shown={r.inAnswers} label={t("report.postingFit.answers")} />
            </tr>
          ))}
        </tbody>
      </table>
      <p className="mt-4 text-sm text-slate-700" data-testid="report-posting-gaps">
        {fit.gaps.length
          ? t("report.postingFit.gaps", { skills: fit.gaps.join(", ") })
          : t("report.postingFit.noGaps")}
      </p>
    </ReportSection>
  );
}
