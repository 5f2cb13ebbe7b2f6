import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { buttonClass } from "../components/button-styles";
import { CodingTestCard } from "../components/coding/coding-test-card";
import { EmptyState } from "../components/empty-state";
import { ErrorAlert } from "../components/error-alert";
import { PageHeader } from "../components/page-header";
import { ScoreTrendChart } from "../components/score-trend-chart";
import { SessionList } from "../components/session-list";
import { Spinner } from "../components/spinner";
import { StatCard } from "../components/stat-card";
import { useMe } from "../hooks/use-me";
import { useSessions } from "../hooks/use-sessions";
import { errorMessage } from "../i18n/error-message";
import { sessionScores } from "../session-scores";

export function DashboardPage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const sessions = useSessions();
  const points = sessionScores(sessions.data, 10);
  const completed = sessions.data?.filter((s) => s.status === "completed").length ?? 0;
  const average = points.length
    ? (points.reduce((sum, p) => sum + p.total, 0) / points.length).toFixed(1)
    : "—";
  const best = points.length ? Math.max(...points.map((p) => p.total)) : "—";

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

      <dl className="grid grid-cols-3 gap-3 sm:gap-4">
        <StatCard label={t("dashboard.stats.total")} value={sessions.data?.length ?? "—"} />
        <StatCard label={t("dashboard.stats.completed")} value={completed} />
        <StatCard
          label={t("dashboard.stats.average")}
          value={average === "—" ? average : `${average} / 25`}
        />
      </dl>

      <div className="grid gap-6 lg:grid-cols-[1fr_22rem]">
        <section aria-labelledby="my-interviews" className="card overflow-hidden">
          <h2 id="my-interviews" className="border-b border-slate-100 px-5 py-4 font-semibold text-slate-900">
            {t("dashboard.myInterviews")}
          </h2>
          {sessions.isPending ? (
            <Spinner label={t("common.loading")} />
          ) : sessions.isError ? (
            <div className="p-5">
              <ErrorAlert>{errorMessage(t, sessions.error)}</ErrorAlert>
            </div>
          ) : sessions.data.length === 0 ? (
            <EmptyState
              title={t("dashboard.empty.title")}
              body={t("dashboard.empty.body")}
              action={newButton}
            />
          ) : (
            <SessionList sessions={sessions.data} />
          )}
        </section>

        <div className="space-y-6">
          <section aria-labelledby="trend-title" className="card p-5">
            <div className="mb-4 flex items-baseline justify-between">
              <h2 id="trend-title" className="font-semibold text-slate-900">
                {t("dashboard.trend")}
              </h2>
              <span className="text-xs text-slate-500">{t("dashboard.best", { best })}</span>
            </div>
            {points.length >= 1 ? (
              <ScoreTrendChart points={points} height={180} compact />
            ) : (
              <p className="py-8 text-center text-sm text-slate-500">{t("dashboard.trendEmpty")}</p>
            )}
            <Link
              to="/history"
              className="mt-4 inline-block text-sm font-semibold text-brand-700 hover:underline"
            >
              {t("dashboard.viewHistory")} →
            </Link>
          </section>
          <CodingTestCard />
        </div>
      </div>
    </div>
  );
}
