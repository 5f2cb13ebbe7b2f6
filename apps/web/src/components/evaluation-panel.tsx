import type { Evaluation } from "@studio/protocol";
import { useTranslation } from "react-i18next";
import { CriteriaBars } from "./criteria-bars";
import { SelfIntroFeedback } from "./evaluation/self-intro-feedback";
import { SubstanceNotices } from "./evaluation/substance-notices";
import { TalkingPoints } from "./evaluation/talking-points";
import { EvidenceList } from "./evidence-list";
import { StarSentences } from "./star-sentences";

interface EvaluationPanelProps {
  evaluation: Evaluation;
  /** The total of the attempt before a practice retry, to show before → after. */
  previousTotal?: number | null;
}

export function EvaluationPanel({ evaluation, previousTotal }: EvaluationPanelProps) {
  const { t } = useTranslation();
  const provider = evaluation.provider.startsWith("llm")
    ? t("evaluation.providerLlm", { model: evaluation.provider.replace(/^llm:?/, "") || "LLM" })
    : t("evaluation.providerRules");
  return (
    <div data-testid="evaluation-panel" className="card space-y-6 p-5 sm:p-6">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h2 className="text-lg font-bold text-slate-900">{t("evaluation.title")}</h2>
          <p className="text-xs text-slate-500">{provider}</p>
        </div>
        <p className="flex items-baseline gap-1">
          <span className="sr-only">{t("evaluation.total")}</span>
          <span data-testid="evaluation-total" className="text-4xl font-black tabular-nums text-brand-700">
            {evaluation.total}
          </span>
          <span className="text-lg font-semibold text-slate-400">/25</span>
        </p>
      </div>

      {previousTotal != null && (
        <p data-testid="retry-before-after" className="text-sm font-medium text-slate-700">
          {t("evaluation.beforeAfter", { before: previousTotal, after: evaluation.total })}
        </p>
      )}

      <SubstanceNotices flags={evaluation.flags} />

      <CriteriaBars scores={evaluation.scores} />

      <SelfIntroFeedback intro={evaluation.selfIntro} />

      <TalkingPoints points={evaluation.talkingPoints} />

      {evaluation.feedback && (
        <div className="rounded-xl bg-brand-50 px-4 py-3 text-sm leading-6 text-brand-800">
          <h3 className="mb-1 font-semibold">{t("evaluation.feedback")}</h3>
          <p className="whitespace-pre-line" data-testid="evaluation-feedback">
            {evaluation.feedback}
          </p>
        </div>
      )}

      {evaluation.sentences && evaluation.sentences.length > 0 && (
        <section className="space-y-2">
          <h3 className="text-sm font-semibold text-slate-900">{t("evaluation.starInAnswer")}</h3>
          <StarSentences sentences={evaluation.sentences} />
        </section>
      )}

      {evaluation.evidence.length > 0 && (
        <section className="space-y-2">
          <h3 className="text-sm font-semibold text-slate-900">{t("evaluation.evidence")}</h3>
          <EvidenceList evidence={evaluation.evidence} />
        </section>
      )}
    </div>
  );
}
