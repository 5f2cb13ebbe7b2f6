import { CATEGORY_ORDER, type Progress } from "@studio/protocol";
import { useTranslation } from "react-i18next";

/** Each asked category's mean answer score out of 25 as a bar; the weakest is marked. */
export function CategoryStandings({ progress }: { progress: Progress }) {
  const { t } = useTranslation();
  const categories = CATEGORY_ORDER.filter((c) => progress.categoryDetail[c]);
  if (categories.length === 0) return null;
  return (
    <ul className="space-y-2" data-testid="category-standings">
      {categories.map((c) => {
        const detail = progress.categoryDetail[c]!;
        const weakest = c === progress.weakestCategory;
        return (
          <li
            key={c}
            data-category={c}
            className="grid grid-cols-[6.5rem_1fr_2.5rem] items-center gap-2 text-sm"
          >
            <span className={`truncate ${weakest ? "font-semibold text-rose-700" : "text-slate-600"}`}>
              {t(`categories.${c}`)}
            </span>
            <span className="h-2 overflow-hidden rounded-full bg-slate-100" aria-hidden="true">
              <span
                className={`block h-full rounded-full ${weakest ? "bg-rose-500" : "bg-brand-500"}`}
                style={{ width: `${(detail.average / 25) * 100}%` }}
              />
            </span>
            <span className="text-right tabular-nums text-slate-900">{detail.average}</span>
          </li>
        );
      })}
    </ul>
  );
}
