import type { PanelMember, Report } from "@studio/protocol";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ReportQuestionItem } from "./report-question-item";

export function ReportQuestions({
  questions,
  members,
}: {
  questions: Report["questions"];
  /** Panel practice: the AI interviewers, so each question says who asked it. */
  members?: readonly PanelMember[] | undefined;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<ReadonlySet<number>>(new Set());
  const allOpen = questions.length > 0 && open.size === questions.length;
  const toggle = (i: number) =>
    setOpen((prev) => {
      const next = new Set(prev);
      if (next.has(i)) next.delete(i);
      else next.add(i);
      return next;
    });
  return (
    <section className="card overflow-hidden" data-testid="report-questions">
      <div className="flex flex-wrap items-center justify-between gap-2 border-b border-slate-100 px-5 py-4">
        <h2 className="text-lg font-bold text-slate-900">{t("report.questions")}</h2>
        {questions.length > 0 && (
          <button
            type="button"
            className="rounded-lg px-2 py-1 text-sm font-medium text-brand-700 hover:bg-brand-50 print:hidden"
            onClick={() => setOpen(allOpen ? new Set() : new Set(questions.map((_, i) => i)))}
          >
            {allOpen ? t("report.collapseAll") : t("report.expandAll")}
          </button>
        )}
      </div>
      {questions.length === 0 ? (
        <p className="px-5 py-6 text-sm text-slate-500">{t("report.noQuestions")}</p>
      ) : (
        <ol className="divide-y divide-slate-100">
          {questions.map((item, i) => (
            <ReportQuestionItem
              key={item.questionId + String(i)}
              item={item}
              number={i + 1}
              open={open.has(i)}
              onToggle={() => toggle(i)}
              asker={members?.find((m) => m.id === item.persona)}
            />
          ))}
        </ol>
      )}
    </section>
  );
}
