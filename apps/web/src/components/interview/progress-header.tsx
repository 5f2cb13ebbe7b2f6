import type { Question } from "@studio/protocol";
import { useTranslation } from "react-i18next";
import { FollowUpBadge } from "../follow-up-badge";

interface ProgressHeaderProps {
  question: Question;
  practice: boolean;
}

export function ProgressHeader({ question, practice }: ProgressHeaderProps) {
  const { t } = useTranslation();
  const position = Math.min(question.index + 1, question.total);
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <span className="font-semibold tabular-nums text-slate-900" data-testid="question-progress">
          {t("interview.progress", { current: position, total: question.total })}
        </span>
        <span
          className="rounded-full bg-slate-100 px-2.5 py-0.5 text-xs font-semibold text-slate-700"
          data-testid="question-category"
        >
          {t(`categories.${question.category}`)}
        </span>
        {question.followUp && <FollowUpBadge />}
        {practice && (
          <span className="rounded-full bg-emerald-50 px-2.5 py-0.5 text-xs font-semibold text-emerald-800 ring-1 ring-emerald-200">
            {t("interview.practiceMode")}
          </span>
        )}
      </div>
      <div
        role="progressbar"
        aria-label={t("interview.progressLabel")}
        aria-valuemin={0}
        aria-valuemax={question.total}
        aria-valuenow={question.index}
        className="h-1.5 overflow-hidden rounded-full bg-slate-200"
      >
        <div
          className="h-full rounded-full bg-brand-600 transition-[width] duration-500"
          style={{ width: `${(question.index / question.total) * 100}%` }}
        />
      </div>
    </div>
  );
}
