import type { PanelEvaluation } from "@studio/protocol";
import { useTranslation } from "react-i18next";

export const average = (scores: Record<string, number>, items: string[]) =>
  items.length === 0 ? 0 : items.reduce((sum, item) => sum + (scores[item] ?? 0), 0) / items.length;

/** Candidates side by side on every item, best average first. */
export function ComparisonTable({ evaluation, items }: { evaluation: PanelEvaluation; items: string[] }) {
  const { t } = useTranslation();
  const rows = Object.entries(evaluation.candidates).sort(
    (a, b) => average(b[1].scores, items) - average(a[1].scores, items),
  );
  const best = (item: string) => Math.max(...rows.map(([, c]) => c.scores[item] ?? 0));
  return (
    <table className="w-full text-sm" data-testid="panel-comparison">
      <thead>
        <tr className="border-b border-slate-200 text-left text-slate-500">
          <th className="py-2 pr-3">{t("panel.candidate")}</th>
          {items.map((item) => (
            <th key={item} className="px-2 py-2 text-center">
              {item}
            </th>
          ))}
          <th className="px-2 py-2 text-center">{t("panel.average")}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([name, c]) => (
          <tr key={name} className="border-b border-slate-100">
            <th className="py-2 pr-3 text-left font-semibold text-slate-900">{name}</th>
            {items.map((item) => (
              <td
                key={item}
                className={`px-2 py-2 text-center tabular-nums ${c.scores[item] === best(item) && best(item) > 1 ? "font-bold text-emerald-700" : "text-slate-700"}`}
              >
                {c.scores[item] ?? "-"}
              </td>
            ))}
            <td className="px-2 py-2 text-center font-semibold tabular-nums">
              {average(c.scores, items).toFixed(1)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
