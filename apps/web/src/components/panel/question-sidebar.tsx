import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { getPanelQuestions } from "../../api/panels-api";

/** The panel's own questions, then the bank's for its role: a click puts one in the input. */
export function QuestionSidebar({
  panelId,
  invite,
  onUse,
}: {
  panelId: string;
  invite: string | null;
  onUse: (q: string) => void;
}) {
  const { t } = useTranslation();
  const { data } = useQuery({
    queryKey: ["panel-questions", panelId],
    queryFn: () => getPanelQuestions(panelId, invite),
  });
  const list = (title: string, questions: string[]) =>
    questions.length > 0 && (
      <div>
        <h4 className="mb-1 text-xs font-semibold text-slate-500">{title}</h4>
        <ul className="flex flex-col gap-1">
          {questions.map((q) => (
            <li key={q}>
              <button
                type="button"
                className="w-full rounded-md px-2 py-1 text-left text-sm text-slate-700 hover:bg-brand-50"
                onClick={() => onUse(q)}
                title={t("panel.use")}
              >
                {q}
              </button>
            </li>
          ))}
        </ul>
      </div>
    );
  return (
    <aside
      className="card flex max-h-[40rem] flex-col gap-3 overflow-y-auto p-4 print:hidden"
      data-testid="question-bank"
    >
      <h3 className="font-semibold text-slate-900">{t("panel.bank")}</h3>
      {list(t("panel.ownQuestions"), data?.own ?? [])}
      {list(t("panel.bankQuestions"), (data?.bank ?? []).map((q) => q.text).slice(0, 25))}
    </aside>
  );
}
