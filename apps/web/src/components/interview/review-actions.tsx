import type { SubmitAnswerResponse } from "@studio/protocol";
import { useTranslation } from "react-i18next";
import { buttonClass } from "../button-styles";
import { ErrorAlert } from "../error-alert";

interface ReviewActionsProps {
  result: SubmitAnswerResponse;
  practice: boolean;
  endError: string | null;
  ending: boolean;
  onNext: () => void;
  onRetry: () => void;
  onRetryEnd: () => void;
}

export function ReviewActions({
  result,
  practice,
  endError,
  ending,
  onNext,
  onRetry,
  onRetryEnd,
}: ReviewActionsProps) {
  const { t } = useTranslation();
  const finished = result.done || !result.next;

  if (finished) {
    return endError ? (
      <ErrorAlert
        action={
          <button type="button" className={buttonClass("secondary", "sm")} onClick={onRetryEnd}>
            {t("common.retry")}
          </button>
        }
      >
        {endError}
      </ErrorAlert>
    ) : !ending ? (
      <div className="flex flex-wrap items-center justify-between gap-3 rounded-2xl bg-white/60 py-2">
        <p className="text-sm text-slate-600">{t("interview.lastEvaluated")}</p>
        <button
          type="button"
          className={buttonClass("primary", "md")}
          onClick={onRetryEnd}
          data-testid="see-report"
        >
          {t("interview.seeReport")}
          <span aria-hidden="true">→</span>
        </button>
      </div>
    ) : (
      <p role="status" className="flex items-center justify-center gap-3 py-4 text-slate-700">
        <span
          aria-hidden="true"
          className="size-4 animate-spin rounded-full border-2 border-slate-300 border-t-brand-600"
        />
        {t("interview.finishing")}
      </p>
    );
  }

  return (
    <div className="flex flex-wrap items-center justify-between gap-3 rounded-2xl bg-white/60 py-2">
      <p className="text-sm text-slate-600">
        {result.next?.followUp ? t("interview.nextIsFollowUp") : t("interview.nextReady")}
      </p>
      <div className="flex flex-wrap gap-2">
        {practice && (
          <button
            type="button"
            className={buttonClass("secondary", "md")}
            onClick={onRetry}
            data-testid="retry-answer"
          >
            {t("interview.retry")}
          </button>
        )}
        <button
          type="button"
          className={buttonClass("primary", "md")}
          onClick={onNext}
          data-testid="next-question"
        >
          {t("interview.next")}
          <span aria-hidden="true">→</span>
        </button>
      </div>
    </div>
  );
}
