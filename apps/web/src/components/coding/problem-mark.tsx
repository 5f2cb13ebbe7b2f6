import type { CodingProblemProgress } from "@studio/protocol";
import { useTranslation } from "react-i18next";
import { VerdictPill } from "./verdict-pill";

/** "Solved" with a check, or "Tried" with the best verdict so far. */
export function ProblemMark({ mark }: { mark: CodingProblemProgress }) {
  const { t } = useTranslation();
  if (mark.status === "solved") {
    return (
      <span
        data-testid="problem-mark"
        className="inline-flex items-center gap-1 rounded-full bg-emerald-50 px-2 py-0.5 text-xs font-semibold text-emerald-700 ring-1 ring-emerald-200"
      >
        <span aria-hidden="true">✓</span>
        {t("progress.coding.solved")}
      </span>
    );
  }
  return (
    <span data-testid="problem-mark" className="inline-flex items-center gap-1 text-xs text-slate-500">
      {t("progress.coding.attempted", { count: mark.attempts })}
      <VerdictPill verdict={mark.bestVerdict} />
    </span>
  );
}
