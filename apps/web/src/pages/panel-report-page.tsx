import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useParams, useSearchParams } from "react-router";
import { getPanelReport } from "../api/panels-api";
import { buttonClass } from "../components/button-styles";
import { ErrorAlert } from "../components/error-alert";
import { PageHeader } from "../components/page-header";
import { ComparisonTable } from "../components/panel/comparison-table";
import { PanelTranscript } from "../components/panel/panel-transcript";
import { ReportCandidate } from "../components/panel/report-candidate";
import { Spinner } from "../components/spinner";
import { errorMessage } from "../i18n/error-message";

/** The final report: a comparison of the candidates, each one's evidence and notes; printable to PDF. */
export function PanelReportPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const [search] = useSearchParams();
  const invite = search.get("invite");
  const { data: report, error } = useQuery({
    queryKey: ["panel-report", id, invite],
    queryFn: () => getPanelReport(id, invite),
  });
  if (error) return <ErrorAlert>{errorMessage(t, error)}</ErrorAlert>;
  if (!report) return <Spinner label={t("common.loading")} />;
  const { panel, evaluation } = report;
  const interviewers = panel.participants.filter((p) => p.role === "interviewer").map((p) => p.name);
  const candidates = panel.participants.filter((p) => p.role === "candidate");
  return (
    <div className="flex flex-col gap-6" data-testid="panel-report">
      <PageHeader
        title={`${t("panel.reportTitle")} · ${panel.title}`}
        description={t("panel.evaluationsMade", { count: report.evaluationCount })}
        actions={
          <button
            type="button"
            className={buttonClass("secondary", "sm")}
            onClick={() => window.print()}
            data-testid="print-report"
          >
            {t("panel.savePdf")}
          </button>
        }
      />
      {!report.final && (
        <p className="rounded-lg bg-amber-50 p-3 text-sm text-amber-900">{t("panel.provisional")}</p>
      )}
      <section className="card print-avoid-break p-6">
        <h2 className="mb-3 text-lg font-bold text-slate-900">{t("panel.comparison")}</h2>
        <ComparisonTable evaluation={evaluation} items={panel.items} />
      </section>
      {candidates.map((c) => (
        <ReportCandidate
          key={c.id}
          name={c.name}
          items={panel.items}
          evaluation={evaluation.candidates[c.name]}
          notes={report.notes.filter((n) => n.candidateId === c.id)}
          interviewers={interviewers}
        />
      ))}
      <section className="card p-6">
        <h2 className="mb-3 text-lg font-bold text-slate-900">{t("panel.fullTranscript")}</h2>
        <PanelTranscript transcript={report.transcript} participants={panel.participants} />
      </section>
    </div>
  );
}
