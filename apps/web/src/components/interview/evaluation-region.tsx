import type { Evaluation } from "@studio/protocol";
import type { Ref } from "react";
import { useTranslation } from "react-i18next";
import { EvaluationPanel } from "../evaluation-panel";

interface EvaluationRegionProps {
  pending: boolean;
  evaluation: Evaluation | null;
  answer: string;
  previousTotal?: number | null;
  ref?: Ref<HTMLDivElement>;
}

/** A live region that exists before the evaluation arrives, so screen readers announce the result. */
export function EvaluationRegion({ pending, evaluation, answer, previousTotal, ref }: EvaluationRegionProps) {
  const { t } = useTranslation();
  return (
    <div ref={ref} aria-live="polite" aria-busy={pending} className="scroll-mt-24 space-y-4">
      {pending && (
        <div className="card flex items-center gap-3 p-5 text-slate-700">
          <span
            aria-hidden="true"
            className="size-5 animate-spin rounded-full border-2 border-slate-300 border-t-brand-600"
          />
          {t("interview.evaluatingLong")}
        </div>
      )}
      {evaluation && (
        <>
          {!evaluation.sentences?.length && answer.trim() && (
            <section className="card p-5 sm:p-6">
              <h2 className="mb-2 text-sm font-semibold text-slate-900">{t("interview.myAnswer")}</h2>
              <p className="whitespace-pre-line leading-7 text-slate-700">{answer}</p>
            </section>
          )}
          <EvaluationPanel evaluation={evaluation} previousTotal={previousTotal} />
        </>
      )}
    </div>
  );
}
