import type { PanelMember, Question } from "@studio/protocol";
import type { Ref } from "react";
import { AskerLine } from "../ai-panel/asker-line";

interface QuestionCardProps {
  question: Question;
  ref?: Ref<HTMLHeadingElement>;
  /** Panel practice: the AI interviewer asking it. */
  asker?: PanelMember | undefined;
}

export function QuestionCard({ question, ref, asker }: QuestionCardProps) {
  return (
    <section className="card relative overflow-hidden p-6 sm:p-8">
      <span aria-hidden="true" className="absolute inset-y-0 left-0 w-1 bg-brand-600" />
      <AskerLine asker={asker} />
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
