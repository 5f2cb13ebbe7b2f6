import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { buttonClass } from "../components/button-styles";
import { CodingTestCard } from "../components/coding/coding-test-card";
import { EmptyState } from "../components/empty-state";
import { ErrorAlert } from "../components/error-alert";
import { PageHeader } from "../components/page-header";
import { CategoryStandings } from "../components/progress/category-standings";
import { PersonalBests } from "../components/progress/personal-bests";
import { ProgressStats } from "../components/progress/progress-stats";
import { ProgressTrendChart } from "../components/progress/progress-trend-chart";
import { WeakSpotCard } from "../components/progress/weak-spot-card";
import { SessionListBlock } from "../components/session-list-block";
import { useMe } from "../hooks/use-me";
import { useProgress } from "../hooks/use-progress";
import { useSessions } from "../hooks/use-sessions";
import { errorMessage } from "../i18n/error-message";

export function DashboardPage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const sessions = useSessions();
  const progress = useProgress();

  const newButton = (
    <Link to="/interview/new" className={buttonClass("primary", "md")} data-testid="new-interview">
      <span aria-hidden="true">+</span>
      {t("dashboard.newInterview")}
    </Link>
  );

  return (
    <div className="space-y-8">
      <PageHeader
        title={t("dashboard.greeting", { name: me?.name ?? "" })}
        description={t("dashboard.subtitle")}
        actions={newButton}
      />

      <ProgressStats progress={progress.data} />

      {/* On a phone the columns dissolve (display: contents) so the weak spot comes right after the trend. */}
      <div className="flex flex-col gap-6 lg:grid lg:grid-cols-[1fr_22rem] lg:items-start">
        <div className="contents min-w-0 lg:block lg:space-y-6">
          <section aria-labelledby="trend-title" className="card order-1 p-5">
            <h2 id="trend-title" className="mb-4 font-semibold text-slate-900">
              {t("progress.trendTitle")}
            </h2>
            {progress.isError ? (
              <ErrorAlert>{errorMessage(t, progress.error)}</ErrorAlert>
            ) : progress.data && progress.data.interviews > 0 ? (
              <ProgressTrendChart progress={progress.data} />
            ) : (
              <p className="py-8 text-center text-sm text-slate-500" data-testid="trend-empty">
                {progress.isPending ? t("common.loading") : t("progress.trendEmpty")}
              </p>
            )}
            <Link
              to="/history"
              className="mt-4 inline-block text-sm font-semibold text-brand-700 hover:underline"
            >
              {t("dashboard.viewHistory")} →
            </Link>
          </section>

          <section aria-labelledby="my-interviews" className="card order-3 overflow-hidden">
            <h2
              id="my-interviews"
              className="border-b border-slate-100 px-5 py-4 font-semibold text-slate-900"
            >
              {t("dashboard.myInterviews")}
            </h2>
            <SessionListBlock
              sessions={sessions}
              limit={8}
              empty={
                <EmptyState
                  title={t("dashboard.empty.title")}
                  body={t("dashboard.empty.body")}
                  action={newButton}
                />
              }
            />
          </section>
        </div>

        <div className="contents lg:block lg:space-y-6">
          {progress.data && (
            <div className="order-2">
              <WeakSpotCard progress={progress.data} />
            </div>
          )}
          {progress.data && progress.data.interviews > 0 && (
            <section aria-labelledby="categories-title" className="card order-4 space-y-3 p-5">
              <h2 id="categories-title" className="font-semibold text-slate-900">
                {t("progress.categoriesTitle")}
              </h2>
              <CategoryStandings progress={progress.data} />
            </section>
          )}
          {progress.data && (
            <div className="order-5">
              <PersonalBests progress={progress.data} />
            </div>
          )}
          <div className="order-6">
            <CodingTestCard marks={progress.data?.coding} />
          </div>
        </div>
      </div>
    </div>
  );
}
