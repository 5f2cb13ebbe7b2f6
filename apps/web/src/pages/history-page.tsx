import type { SessionSummary } from "@studio/protocol";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { deleteSession } from "../api/sessions-api";
import { buttonClass } from "../components/button-styles";
import { ConfirmDialog } from "../components/confirm-dialog";
import { EmptyState } from "../components/empty-state";
import { ExpressionTrend } from "../components/expression-trend";
import { PageHeader } from "../components/page-header";
import { ProgressTrendChart } from "../components/progress/progress-trend-chart";
import { ScoreTrendChart } from "../components/score-trend-chart";
import { SessionListBlock } from "../components/session-list-block";
import { useProgress } from "../hooks/use-progress";
import { useSessions } from "../hooks/use-sessions";
import { deleteSessionRecordings } from "../recording/recording-db";
import { sessionScores } from "../session-scores";

export function HistoryPage() {
  const { t } = useTranslation();
  const sessions = useSessions();
  const progress = useProgress();
  const queryClient = useQueryClient();
  const [doomed, setDoomed] = useState<SessionSummary | null>(null);
  const remove = useMutation({
    // The server takes the answers and any recordings kept there; this device's copies go too.
    mutationFn: async (id: string) => {
      await deleteSession(id);
      await deleteSessionRecordings(id).catch(() => undefined);
    },
    onSuccess: async () => {
      setDoomed(null);
      await queryClient.invalidateQueries();
    },
  });
  // Unfinished interviews are listed too, so they can be continued or deleted.
  const all = sessions.data ?? [];
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

      {progress.data && progress.data.interviews > 0 && (
        <section aria-labelledby="history-progress" className="card p-5 sm:p-6">
          <h2 id="history-progress" className="mb-4 font-semibold text-slate-900">
            {t("progress.trendTitle")}
          </h2>
          <ProgressTrendChart progress={progress.data} height={300} />
        </section>
      )}

      <ExpressionTrend />

      <section aria-labelledby="history-list" className="card overflow-hidden">
        <h2 id="history-list" className="border-b border-slate-100 px-5 py-4 font-semibold text-slate-900">
          {t("progress.historyAll", { count: all.length })}
        </h2>
        <SessionListBlock
          sessions={sessions}
          onDelete={setDoomed}
          empty={
            <EmptyState
              title={t("history.empty.title")}
              body={t("history.empty.body")}
              action={
                <Link to="/interview/new" className={buttonClass("primary", "md")}>
                  {t("dashboard.newInterview")}
                </Link>
              }
            />
          }
        />
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
