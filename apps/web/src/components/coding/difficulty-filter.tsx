import { type Difficulty, difficultySchema, type ProblemSummary } from "@studio/protocol";
import { useTranslation } from "react-i18next";

interface DifficultyFilterProps {
  value: Difficulty | null;
  onChange: (value: Difficulty | null) => void;
  problems: ProblemSummary[];
}

/** All / easy / medium / hard, each with its number of problems. */
export function DifficultyFilter({ value, onChange, problems }: DifficultyFilterProps) {
  const { t } = useTranslation();
  const options = [
    { key: "all", value: null, label: t("coding.filter.all"), count: problems.length },
    ...difficultySchema.options.map((difficulty) => ({
      key: difficulty,
      value: difficulty,
      label: t(`coding.difficulty.${difficulty}`),
      count: problems.filter((p) => p.difficulty === difficulty).length,
    })),
  ];
  return (
    <fieldset data-testid="difficulty-filter" className="flex flex-wrap gap-2">
      <legend className="sr-only">{t("coding.filter.label")}</legend>
      {options.map((option) => {
        const active = option.value === value;
        return (
          <button
            key={option.key}
            type="button"
            data-difficulty={option.key}
            aria-pressed={active}
            onClick={() => onChange(option.value)}
            className={`inline-flex h-9 items-center gap-2 rounded-full px-4 text-sm font-medium ring-1 transition-colors ${
              active
                ? "bg-brand-600 text-white ring-brand-600"
                : "bg-white text-slate-700 ring-slate-200 hover:bg-slate-50"
            }`}
          >
            {option.label}
            <span className={`tabular-nums text-xs ${active ? "text-brand-100" : "text-slate-400"}`}>
              {option.count}
            </span>
          </button>
        );
      })}
    </fieldset>
  );
}
