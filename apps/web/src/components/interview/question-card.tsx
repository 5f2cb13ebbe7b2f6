import type { Question } from "@studio/protocol";
import type { Ref } from "react";
import { useTranslation } from "react-i18next";

interface QuestionCardProps {
  question: Question;
  ref?: Ref<HTMLHeadingElement>;
}

export function QuestionCard({ question, ref }: QuestionCardProps) {
  const { t } = useTranslation();
  return (
    <section className="card relative overflow-hidden p-6 sm:p-8">
      <span aria-hidden="true" className="absolute inset-y-0 left-0 w-1 bg-brand-600" />
      <p className="text-xs font-semibold tracking-wide text-brand-700">{t("interview.interviewerAsks")}</p>
      <h1
        ref={ref}
        tabIndex={-1}
        data-testid="question-text"
        className="mt-3 text-xl leading-relaxed font-bold text-slate-950 outline-none sm:text-2xl"
      >
        {question.text}
      </h1>
    </section>
  );
}
