import type { Report } from "@studio/protocol";
import { useTranslation } from "react-i18next";
import { formatDateTime } from "../../format-time";
import { buttonClass } from "../button-styles";
import { GradeBadge } from "../grade-badge";

export function ReportHero({ report }: { report: Report }) {
  const { t, i18n } = useTranslation();
  return (
    <section className="card print-avoid-break flex flex-col gap-6 p-6 sm:flex-row sm:items-center sm:p-8">
      <GradeBadge grade={report.grade} size="lg" testId="report-grade" />
      <div className="min-w-0 flex-1 space-y-2">
        <p className="text-sm text-slate-500">
          {t(`roles.${report.role}`)} · {t(`languages.${report.language}`)} ·{" "}
          <time dateTime={report.createdAt}>{formatDateTime(report.createdAt, i18n.language)}</time>
        </p>
        <h1 className="text-2xl font-bold tracking-tight text-slate-900">{t("report.title")}</h1>
        <p className="leading-7 text-slate-700" data-testid="report-summary">
          {report.summary}
        </p>
      </div>
      <div className="flex shrink-0 flex-row items-center justify-between gap-4 sm:flex-col sm:items-end">
        <p className="text-right">
          <span className="block text-xs text-slate-500">{t("report.averageTotal")}</span>
          <span className="text-4xl font-black tabular-nums text-brand-700" data-testid="report-total">
            {report.total.toFixed(1)}
          </span>
          <span className="text-lg font-semibold text-slate-400">/25</span>
        </p>
        <button
          type="button"
          className={buttonClass("secondary", "sm", "print:hidden")}
          onClick={() => window.print()}
          data-testid="print-report"
        >
          {t("report.savePdf")}
        </button>
      </div>
    </section>
  );
}
