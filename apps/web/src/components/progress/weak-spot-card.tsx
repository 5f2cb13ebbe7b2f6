import type { Progress } from "@studio/protocol";
import { useTranslation } from "react-i18next";
import { useFocusPractice } from "../../hooks/use-focus-practice";
import { errorMessage } from "../../i18n/error-message";
import { buttonClass } from "../button-styles";
import { ErrorAlert } from "../error-alert";

/** The weakest category and a one-click practice set of its questions. */
export function WeakSpotCard({ progress }: { progress: Progress }) {
  const { t } = useTranslation();
  const role = progress.history.at(-1)?.role ?? "general";
  const practice = useFocusPractice(role);
  const weakest = progress.weakestCategory;
  const detail = weakest ? progress.categoryDetail[weakest] : undefined;
  return (
    <section aria-labelledby="weak-spot-title" className="card space-y-3 p-5" data-testid="weak-spot">
      <h2 id="weak-spot-title" className="font-semibold text-slate-900">
        {t("progress.weakSpot.title")}
      </h2>
      {weakest && detail ? (
        <>
          <p className="text-sm text-slate-600">
            <strong
              className="text-base text-slate-900"
              data-testid="weakest-category"
              data-category={weakest}
            >
              {t(`categories.${weakest}`)}
            </strong>{" "}
            · {t("progress.weakSpot.average", { average: detail.average, count: detail.answers })}
          </p>
          <p className="text-xs text-slate-500">{t("progress.weakSpot.hint")}</p>
          <button
            type="button"
            className={buttonClass("primary", "sm", "w-full")}
            data-testid="practice-weak-spot"
            disabled={practice.isPending}
            onClick={() => practice.mutate(weakest)}
          >
            {practice.isPending ? t("common.loading") : t("progress.weakSpot.cta")}
          </button>
          {practice.isError && <ErrorAlert>{errorMessage(t, practice.error)}</ErrorAlert>}
        </>
      ) : (
        <p className="text-sm text-slate-500" data-testid="weak-spot-empty">
          {t("progress.weakSpot.empty")}
        </p>
      )}
    </section>
  );
}
