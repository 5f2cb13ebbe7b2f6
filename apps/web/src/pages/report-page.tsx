import { lazy, Suspense } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { isApiError } from "../api/api-error";
import { codingListPath } from "../coding/coding-paths";
import { ReportPanel } from "../components/ai-panel/report-panel";
import { buttonClass } from "../components/button-styles";
import { ErrorAlert } from "../components/error-alert";
import { CodeIcon } from "../components/icons";
import { ReportReplay } from "../components/replay/report-replay";
import { ReportCoding } from "../components/report/report-coding";
import { ReportEmotions } from "../components/report/report-emotions";
import { ReportHero } from "../components/report/report-hero";
import { ReportKeywords } from "../components/report/report-keywords";
import { ReportList } from "../components/report/report-list";
import { ReportPostingFit } from "../components/report/report-posting-fit";
import { ReportQuestions } from "../components/report/report-questions";
import { ReportRadar } from "../components/report/report-radar";
import { ReportSetupLine } from "../components/report/report-setup-line";
import { ReportSpeech } from "../components/report/report-speech";
import { ReportStar } from "../components/report/report-star";
import { ReportUpdating } from "../components/report/report-updating";
import { Spinner } from "../components/spinner";
import { useReadingPlace } from "../hooks/use-reading-place";
import { useReport } from "../hooks/use-report";
import { errorMessage } from "../i18n/error-message";
import { NotFoundPage } from "./not-found-page";

// Excalidraw (to draw the diagram again) loads only for reports with a whiteboard round.
const ReportWhiteboard = lazy(async () => ({
  default: (await import("../components/report/report-whiteboard")).ReportWhiteboard,
}));

export function ReportPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const query = useReport(id);
  const article = useReadingPlace<HTMLElement>(
    query.data?.status === "ready" ? query.data.report.createdAt : "",
  );

  if (query.isError && isApiError(query.error, 404)) return <NotFoundPage />;
  if (query.isError && isApiError(query.error, 409)) {
    return (
      <div className="card mx-auto max-w-md space-y-4 p-8 text-center">
        <p className="text-slate-700">{t("report.stillActive")}</p>
        <Link to={`/interview/${id}`} className={buttonClass("primary", "md")}>
          {t("report.continue")}
        </Link>
      </div>
    );
  }
  if (query.isError) {
    return (
      <div className="mx-auto max-w-xl space-y-4">
        <ErrorAlert
          action={
            <button
              type="button"
              className={buttonClass("secondary", "sm")}
              onClick={() => void query.refetch()}
            >
              {t("common.retry")}
            </button>
          }
        >
          {errorMessage(t, query.error)}
        </ErrorAlert>
        <Link to="/dashboard" className="text-sm font-semibold text-brand-700 hover:underline">
          {t("interview.backToDashboard")}
        </Link>
      </div>
    );
  }
  if (!query.data || query.data.status === "pending") {
    return (
      <div className="card mx-auto max-w-md p-8" data-testid="report-pending">
        <Spinner label={t("report.pending")} />
        <p className="text-center text-sm text-slate-500">{t("report.pendingHint")}</p>
      </div>
    );
  }

  const { report } = query.data;
  return (
    <article ref={article} className="space-y-6 [overflow-anchor:none]" data-testid="report">
      <div className="flex flex-wrap items-center justify-between gap-3 print:hidden">
        <Link to="/history" className="text-sm font-medium text-slate-600 hover:text-slate-900">
          ← {t("report.backToHistory")}
        </Link>
        <div className="flex flex-wrap gap-2">
          <Link
            to={codingListPath(id)}
            className={buttonClass("secondary", "sm")}
            data-testid="report-coding-link"
          >
            <CodeIcon />
            {t("report.solveCoding")}
          </Link>
          <Link to="/interview/new" className={buttonClass("primary", "sm")}>
            {t("dashboard.newInterview")}
          </Link>
        </div>
      </div>
      <ReportHero report={report} />
      {report.setup && <ReportSetupLine setup={report.setup} />}
      {report.panel && <ReportPanel panel={report.panel} />}
      <div className="grid gap-6 lg:grid-cols-2">
        <ReportRadar averages={report.averages} />
        <ReportStar star={report.star} />
      </div>
      <div className="grid gap-6 lg:grid-cols-2">
        <ReportList kind="strengths" items={report.strengths} />
        <ReportList kind="improvements" items={report.improvements} />
      </div>
      <div className="grid gap-6 lg:grid-cols-2">
        <ReportKeywords keywords={report.keywords} />
        <ReportList kind="recommendations" items={report.recommendations} />
      </div>
      {report.speech && <ReportSpeech speech={report.speech} />}
      {report.postingFit && <ReportPostingFit fit={report.postingFit} setup={report.setup} />}

      <ReportReplay report={report} />

      {report.emotions && (
        <ReportEmotions
          sessionId={id}
          emotions={report.emotions}
          questionIds={report.questions.map((q) => q.questionId)}
        />
      )}
      {report.coding && <ReportCoding coding={report.coding} />}
      {report.whiteboard && (
        <Suspense fallback={null}>
          <ReportWhiteboard
            whiteboard={report.whiteboard}
            minutes={report.setup?.systemDesignMinutes ?? null}
          />
        </Suspense>
      )}
      <ReportQuestions questions={report.questions} members={report.panel?.members} />
      {report.deliveriesPending && <ReportUpdating />}
    </article>
  );
}
