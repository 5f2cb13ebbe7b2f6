import type { PanelMember, Question } from "@studio/protocol";
import { useTranslation } from "react-i18next";
import { AskerLine } from "../ai-panel/asker-line";
import { ProgressHeader } from "../interview/progress-header";

interface RoomQuestionProps {
  question: Question | null;
  /** Panel practice: the AI interviewer asking it. */
  asker?: PanelMember | undefined;
}

/** The question being asked, with progress, its category and a follow-up badge. */
export function RoomQuestion({ question, asker }: RoomQuestionProps) {
  const { t } = useTranslation();
  return (
    <section
      data-testid="room-question"
      data-question-id={question?.id ?? ""}
      data-question-index={question?.index ?? ""}
      data-question-category={question?.category ?? ""}
      aria-labelledby="room-question-text"
      className="card relative space-y-4 overflow-hidden p-5 sm:p-6"
    >
      <span aria-hidden="true" className="absolute inset-y-0 left-0 w-1 bg-brand-600" />
      {question ? (
        <>
          <ProgressHeader question={{ ...question, followUp: question.followUp ?? false }} practice={false} />
          <div>
            <AskerLine asker={asker} />
            <h2
              id="room-question-text"
              data-testid="room-question-text"
              className="mt-2 text-lg leading-relaxed font-bold text-slate-950"
            >
              {question.text}
            </h2>
          </div>
        </>
      ) : (
        <p id="room-question-text" className="text-sm text-slate-600">
          {t("room.noQuestion")}
        </p>
      )}
    </section>
  );
}
