import { CRITERIA, type CriteriaScores } from "@studio/protocol";
import { useTranslation } from "react-i18next";

const barColour = (score: number) =>
  score >= 4.5
    ? "bg-emerald-500"
    : score >= 3.5
      ? "bg-brand-500"
      : score >= 2.5
        ? "bg-amber-500"
        : "bg-rose-500";

interface CriteriaBarsProps {
  scores: CriteriaScores;
  max?: number;
}

/** The five criteria as horizontal bars out of 5 (averages may be fractional). */
export function CriteriaBars({ scores, max = 5 }: CriteriaBarsProps) {
  const { t } = useTranslation();
  return (
    <ul className="space-y-3">
      {CRITERIA.map((criterion) => {
        const value = scores[criterion];
        const shown = Number.isInteger(value) ? String(value) : value.toFixed(1);
        return (
          <li
            key={criterion}
            data-criterion={criterion}
            className="grid grid-cols-[minmax(5.5rem,8rem)_1fr_3rem] items-center gap-3"
          >
            <span className="text-sm font-medium text-slate-700">{t(`criteria.${criterion}`)}</span>
            <span aria-hidden="true" className="h-2.5 overflow-hidden rounded-full bg-slate-100">
              <span
                className={`block h-full rounded-full transition-[width] duration-700 ${barColour(value)}`}
                style={{ width: `${Math.min(100, (value / max) * 100)}%` }}
              />
            </span>
            <span className="text-right text-sm tabular-nums text-slate-900">
              <span className="font-semibold">{shown}</span>
              <span className="text-slate-500">/{max}</span>
            </span>
          </li>
        );
      })}
    </ul>
  );
}
