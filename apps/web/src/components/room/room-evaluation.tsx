import { useTranslation } from "react-i18next";
import type { RoomEvaluation as Evaluation } from "../../room/room-state";
import { CriteriaBars } from "../criteria-bars";
import { SubstanceNotices } from "../evaluation/substance-notices";
import { TalkingPoints } from "../evaluation/talking-points";
import { EvidenceList } from "../evidence-list";

/** The score of the last answer: total out of 25 and the five criteria, with the evidence on demand. */
export function RoomEvaluation({ evaluation }: { evaluation: Evaluation | null }) {
  const { t } = useTranslation();
  return (
    <section
      data-testid="room-evaluation"
      aria-live="polite"
      aria-labelledby="room-evaluation-title"
      className="card space-y-4 p-5 sm:p-6"
    >
      <div className="flex items-start justify-between gap-4">
        <div>
          <h2 id="room-evaluation-title" className="font-semibold text-slate-900">
            {t("room.evaluation.title")}
          </h2>
          {evaluation && (
            <p className="text-xs text-slate-500">
              {evaluation.provider.startsWith("llm")
                ? t("evaluation.providerLlm", { model: evaluation.provider.replace(/^llm:?/, "") || "LLM" })
                : t("evaluation.providerRules")}
            </p>
          )}
        </div>
        {evaluation && (
          <p className="flex items-baseline gap-1">
            <span className="sr-only">{t("evaluation.total")}</span>
            <span
              data-testid="room-evaluation-total"
              className="text-3xl font-black tabular-nums text-brand-700"
            >
              {evaluation.total}
            </span>
            <span className="font-semibold text-slate-400">/25</span>
          </p>
        )}
      </div>
      {evaluation ? (
        <>
          <SubstanceNotices flags={evaluation.flags} />
          <CriteriaBars scores={evaluation.scores} />
          <TalkingPoints points={evaluation.talkingPoints} />
          {evaluation.feedback && (
            <p className="rounded-xl bg-brand-50 px-4 py-3 text-sm leading-6 whitespace-pre-line text-brand-800">
              {evaluation.feedback}
            </p>
          )}
          {evaluation.evidence.length > 0 && (
            <details className="group text-sm">
              <summary className="cursor-pointer font-medium text-slate-700 hover:text-slate-900">
                {t("room.evaluation.details")}
              </summary>
              <div className="mt-3">
                <EvidenceList evidence={evaluation.evidence} />
              </div>
            </details>
          )}
        </>
      ) : (
        <p className="text-sm leading-6 text-slate-500">{t("room.evaluation.empty")}</p>
      )}
    </section>
  );
}
