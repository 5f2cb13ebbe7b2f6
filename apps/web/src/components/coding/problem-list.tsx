import {
  type CodingProblemProgress,
  type Difficulty,
  difficultySchema,
  type ProblemSummary,
} from "@studio/protocol";
import { useTranslation } from "react-i18next";
import { ProblemListItem } from "./problem-list-item";

interface ProblemListProps {
  problems: ProblemSummary[];
  /** Only this difficulty, or every one. */
  difficulty: Difficulty | null;
  sessionId: string | undefined;
  /** Solved/attempted marks by problem id, from GET /api/progress. */
  marks?: Record<string, CodingProblemProgress>;
}

/** The problems grouped by difficulty, easiest first. */
export function ProblemList({ problems, difficulty, sessionId, marks }: ProblemListProps) {
  const { t } = useTranslation();
  const groups = difficultySchema.options
    .filter((d) => difficulty === null || d === difficulty)
    .map((d) => ({ difficulty: d, problems: problems.filter((p) => p.difficulty === d) }))
    .filter((group) => group.problems.length > 0);

  if (groups.length === 0) {
    return <p className="card px-5 py-10 text-center text-sm text-slate-500">{t("coding.noProblems")}</p>;
  }
  return (
    <div data-testid="problem-list" className="space-y-8">
      {groups.map((group) => (
        <section
          key={group.difficulty}
          aria-labelledby={`difficulty-${group.difficulty}`}
          className="space-y-3"
        >
          <h2
            id={`difficulty-${group.difficulty}`}
            className="flex items-baseline gap-2 font-semibold text-slate-900"
          >
            {t(`coding.difficulty.${group.difficulty}`)}
            <span className="text-sm font-normal text-slate-500">{group.problems.length}</span>
          </h2>
          <ul className="card divide-y divide-slate-100 overflow-hidden">
            {group.problems.map((problem) => (
              <ProblemListItem
                key={problem.id}
                problem={problem}
                sessionId={sessionId}
                mark={marks?.[problem.id]}
              />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
