import type { SessionSummary } from "@studio/protocol";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { deleteSession } from "../api/sessions-api";
import { buttonClass } from "../components/button-styles";
import { ConfirmDialog } from "../components/confirm-dialog";
import { EmptyState } from "../components/empty-state";
import { ErrorAlert } from "../components/error-alert";
import { ExpressionTrend } from "../components/expression-trend";
import { PageHeader } from "../components/page-header";
import { ScoreTrendChart } from "../components/score-trend-chart";
import { SessionList } from "../components/session-list";
import { Spinner } from "../components/spinner";
import { useSessions } from "../hooks/use-sessions";
import { errorMessage } from "../i18n/error-message";
import { sessionScores } from "../session-scores";

export function HistoryPage() {
  const { t } = useTranslation();
  const sessions = useSessions();
  const queryClient = useQueryClient();
  const [doomed, setDoomed] = useState<SessionSummary | null>(null);
  const remove = useMutation({
    mutationFn: (id: string) => deleteSession(id),
    onSuccess: async () => {
      setDoomed(null);
      await queryClient.invalidateQueries();
    },
  });
  const completed = sessions.data?.filter((s) => s.status === "completed") ?? [];
  const points = sessionScores(sessions.data, 30);
  const isLoading = sessions.isLoading;

  return (
    <div className="space-y-8">
      <PageHeader title={t("history.title")} description={t("history.subtitle")} />

      <section aria-labelledby="history-trend" className="card p-5 sm:p-6">
        <h2 id="history-trend" className="mb-4 font-semibold text-slate-900">
          {t("history.trend")}
        </h2>
        {points.length > 0 ? (
          <ScoreTrendChart points={points} height={280} />
        ) : (
          <p className="py-10 text-center text-sm text-slate-500">
            {isLoading ? t("common.loading") : t("dashboard.trendEmpty")}
          </p>
        )}
      </section>

      <ExpressionTrend />

      <section aria-labelledby="history-list" className="card overflow-hidden">
        <h2 id="history-list" className="border-b border-slate-100 px-5 py-4 font-semibold text-slate-900">
          {t("history.completed", { count: completed.length })}
        </h2>
        {sessions.isPending ? (
          <Spinner label={t("common.loading")} />
        ) : sessions.isError ? (
          <div className="p-5">
            <ErrorAlert>{errorMessage(t, sessions.error)}</ErrorAlert>
          </div>
        ) : completed.length === 0 ? (
          <EmptyState
            title={t("history.empty.title")}
            body={t("history.empty.body")}
            action={
              <Link to="/interview/new" className={buttonClass("primary", "md")}>
                {t("dashboard.newInterview")}
              </Link>
            }
          />
        ) : (
          <SessionList sessions={completed} onDelete={setDoomed} />
        )}
      </section>
      <ConfirmDialog
        open={doomed !== null}
        title={t("history.deleteTitle")}
        body={t("history.deleteBody")}
        confirmLabel={t("history.delete")}
        cancelLabel={t("common.cancel")}
        busy={remove.isPending}
        onConfirm={() => doomed && remove.mutate(doomed.id)}
        onCancel={() => setDoomed(null)}
      />
    </div>
  );
}
