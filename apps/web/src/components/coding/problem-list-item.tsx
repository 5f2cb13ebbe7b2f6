import type { CodingProblemProgress, ProblemSummary } from "@studio/protocol";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { hasAnyDraft } from "../../coding/code-drafts";
import { codingProblemPath } from "../../coding/coding-paths";
import { DifficultyBadge } from "./difficulty-badge";
import { ProblemMark } from "./problem-mark";

export function ProblemListItem({
  problem,
  sessionId,
  mark,
}: {
  problem: ProblemSummary;
  sessionId: string | undefined;
  /** The candidate's submissions to it so far, if any. */
  mark?: CodingProblemProgress;
}) {
  const { t } = useTranslation();
  return (
    <li
      data-testid="problem-item"
      data-problem-id={problem.id}
      data-difficulty={problem.difficulty}
      data-status={mark?.status ?? "new"}
    >
      <Link
        to={codingProblemPath(problem.id, sessionId)}
        className="group flex items-center gap-3 px-5 py-4 transition-colors hover:bg-slate-50 focus-visible:bg-slate-50"
      >
        <span className="min-w-0 flex-1 space-y-0.5">
          <span className="block truncate font-medium text-slate-900 group-hover:text-brand-700">
            {problem.title}
          </span>
          <span className="block font-mono text-xs text-slate-400">{problem.id}</span>
        </span>
        {mark && <ProblemMark mark={mark} />}
        {!mark && hasAnyDraft(problem.id) && (
          <span className="hidden rounded-full bg-brand-50 px-2 py-0.5 text-xs font-medium text-brand-700 sm:inline">
            {t("coding.inProgress")}
          </span>
        )}
        <DifficultyBadge difficulty={problem.difficulty} />
        <span aria-hidden="true" className="text-slate-400 group-hover:text-brand-700">
          →
        </span>
      </Link>
    </li>
  );
}
