import type { Progress } from "@studio/protocol";
import { useTranslation } from "react-i18next";
import { StatCard } from "../stat-card";

/** Counted interviews, main answers (follow-ups apart), the average and the best interview. */
export function ProgressStats({ progress }: { progress: Progress | undefined }) {
  const { t } = useTranslation();
  const history = progress?.history ?? [];
  const average = history.length
    ? (history.reduce((sum, h) => sum + h.total, 0) / history.length).toFixed(1)
    : null;
  const best = progress?.bests.interview?.value ?? null;
  return (
    <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4 sm:gap-4" data-testid="progress-stats">
      <StatCard label={t("progress.stats.interviews")} value={progress?.interviews ?? "—"} />
      <StatCard
        label={t("progress.stats.answers")}
        value={
          <span data-testid="stat-main-answers">
            {progress?.mainAnswers ?? "—"}
            {(progress?.followUps ?? 0) > 0 && (
              <span className="ml-1 text-xs font-medium text-slate-500 sm:text-sm">
                {t("progress.stats.followUps", { count: progress?.followUps })}
              </span>
            )}
          </span>
        }
      />
      <StatCard
        label={t("progress.stats.average")}
        value={average === null ? <NoScore /> : `${average} / 25`}
      />
      <StatCard label={t("progress.stats.best")} value={best === null ? <NoScore /> : `${best} / 25`} />
    </dl>
  );
}

/** Before any ended interview: a short word, not a dash with a unit. */
function NoScore() {
  const { t } = useTranslation();
  return <span className="text-sm font-medium text-slate-400 sm:text-base">{t("progress.stats.none")}</span>;
}
