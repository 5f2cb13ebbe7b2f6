import type { PanelMember, Report } from "@studio/protocol";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { CriteriaBars } from "../criteria-bars";
import { SubstanceNotices } from "../evaluation/substance-notices";
import { FollowUpBadge } from "../follow-up-badge";
import { StarSentences } from "../star-sentences";

interface ReportQuestionItemProps {
  item: Report["questions"][number];
  number: number;
  open: boolean;
  onToggle: () => void;
  /** Panel practice: the AI interviewer who asked it. */
  asker?: PanelMember | undefined;
}

export function ReportQuestionItem({ item, number, open, onToggle, asker }: ReportQuestionItemProps) {
  const { t } = useTranslation();
  const panelId = useId();
  const { evaluation } = item;
  return (
    <li className="print-avoid-break" data-testid="report-question">
      <h3>
        <button
          type="button"
          aria-expanded={open}
          aria-controls={panelId}
          onClick={onToggle}
          className="flex w-full items-start gap-3 px-5 py-4 text-left hover:bg-slate-50"
        >
          <span className="mt-0.5 inline-flex size-6 shrink-0 items-center justify-center rounded-full bg-slate-100 text-xs font-bold text-slate-700">
            {number}
          </span>
          <span className="min-w-0 flex-1 space-y-1">
            <span className="flex flex-wrap items-center gap-2 text-xs text-slate-500">
              {t(`categories.${item.category}`)}
              {item.followUp && <FollowUpBadge />}
              {asker && (
                <span
                  data-testid="report-question-asker"
                  data-persona={asker.id}
                  className="font-semibold text-slate-700"
                >
                  {t("panelPractice.askedBy", { name: asker.name, title: asker.title })}
                </span>
              )}
            </span>
            <span className="block font-medium leading-6 text-slate-900">{item.question}</span>
          </span>
          <span className="shrink-0 text-sm font-bold tabular-nums text-brand-700">
            {evaluation.total}/25
          </span>
          <svg
            aria-hidden="true"
            viewBox="0 0 20 20"
            className={`mt-0.5 size-5 shrink-0 text-slate-400 transition-transform print:hidden ${open ? "rotate-180" : ""}`}
            fill="currentColor"
          >
            <path d="M5.3 7.3a1 1 0 0 1 1.4 0L10 10.6l3.3-3.3a1 1 0 1 1 1.4 1.4l-4 4a1 1 0 0 1-1.4 0l-4-4a1 1 0 0 1 0-1.4z" />
          </svg>
        </button>
      </h3>
      {/* Collapsed answers stay in the DOM so the printed report includes every question. */}
      <div id={panelId} className={`space-y-5 px-5 pb-5 sm:pl-14 ${open ? "block" : "hidden print:block"}`}>
        <div className="space-y-2">
          <h4 className="text-sm font-semibold text-slate-700">{t("report.answer")}</h4>
          {evaluation.sentences?.length ? (
            <StarSentences sentences={evaluation.sentences} />
          ) : (
            <p className="whitespace-pre-line text-sm leading-7 text-slate-700">
              {item.answer || t("report.noAnswer")}
            </p>
          )}
        </div>
        <SubstanceNotices flags={evaluation.flags} />
        <CriteriaBars scores={evaluation.scores} />
        <ReportTalkingPoints item={item} />
        {evaluation.feedback && (
          <p className="rounded-xl bg-brand-50 px-4 py-3 text-sm leading-6 text-brand-800">
            {evaluation.feedback}
          </p>
        )}
      </div>
    </li>
  );
}

/** Per question: the talking points covered and missed, and a model-answer outline built from them. */
function ReportTalkingPoints({ item }: { item: Report["questions"][number] }) {
  const { t } = useTranslation();
  const points = item.evaluation.talkingPoints ?? [];
  if (points.length === 0) return null;
  const covered = points.filter((p) => p.covered).map((p) => p.label);
  const missed = points.filter((p) => !p.covered).map((p) => p.label);
  return (
    <div data-testid="report-talking-points" className="grid gap-3 text-sm sm:grid-cols-2">
      <PointList title={t("report.pointsCovered")} labels={covered} tone="text-emerald-700" mark="✓" />
      <PointList title={t("report.pointsMissed")} labels={missed} tone="text-amber-700" mark="✗" />
      {item.outline && item.outline.length > 0 && (
        <div className="sm:col-span-2">
          <h4 className="font-semibold text-slate-700">{t("report.outline")}</h4>
          <ol data-testid="report-outline" className="mt-1 list-decimal space-y-0.5 pl-5 text-slate-700">
            {item.outline.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ol>
        </div>
      )}
    </div>
  );
}

function PointList({
  title,
  labels,
  tone,
  mark,
}: {
  title: string;
  labels: string[];
  tone: string;
  mark: string;
}) {
  if (labels.length === 0) return null;
  return (
    <div>
      <h4 className="font-semibold text-slate-700">{title}</h4>
      <ul className="mt-1 space-y-0.5">
        {labels.map((label) => (
          <li key={label} className="flex gap-2">
            <span aria-hidden="true" className={tone}>
              {mark}
            </span>
            <span className="text-slate-700">{label}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
