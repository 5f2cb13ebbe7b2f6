import { CATEGORY_ORDER, CRITERIA, type Progress } from "@studio/protocol";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatDateTime } from "../../format-time";
import { trendLabels } from "../../trend-labels";

const CRITERION_COLORS = ["#4f46e5", "#0891b2", "#16a34a", "#d97706", "#db2777"];
const CATEGORY_COLORS = [
  "#4f46e5",
  "#0891b2",
  "#16a34a",
  "#d97706",
  "#db2777",
  "#dc2626",
  "#7c3aed",
  "#0d9488",
  "#64748b",
];

type View = "criteria" | "categories";

/** One row per counted interview, oldest first; a category the interview did not ask is left empty. */
function rows(progress: Progress, view: View, language: string) {
  const labels = trendLabels(
    progress.history.map((h) => h.at),
    language,
  );
  return progress.history.map((h, i) => {
    const row: Record<string, string | number | null> = {
      label: labels[i]!,
      when: formatDateTime(h.at, language),
    };
    const series = view === "criteria" ? progress.byCriterion : progress.categoryTrend;
    for (const [key, points] of Object.entries(series))
      row[key] = points?.find((p) => p.sessionId === h.sessionId)?.value ?? null;
    return row;
  });
}

/** Per-criterion (1-5) or per-category (out of 25) scores over the candidate's interviews. */
export function ProgressTrendChart({ progress, height = 260 }: { progress: Progress; height?: number }) {
  const { t, i18n } = useTranslation();
  const [view, setView] = useState<View>("criteria");
  const keys =
    view === "criteria"
      ? CRITERIA.map((c, i) => ({ key: c, name: t(`criteria.${c}`), color: CRITERION_COLORS[i]! }))
      : CATEGORY_ORDER.filter((c) => progress.categoryTrend[c]).map((c) => ({
          key: c,
          name: t(`categories.${c}`),
          color: CATEGORY_COLORS[CATEGORY_ORDER.indexOf(c)]!,
        }));
  const data = rows(progress, view, i18n.language);
  const max = view === "criteria" ? 5 : 25;
  const latest = keys
    .map((k) => `${k.name} ${data.findLast((r) => r[k.key] !== null)?.[k.key] ?? "—"}`)
    .join(", ");
  return (
    <figure
      className="w-full space-y-3"
      data-testid="progress-trend"
      data-view={view}
      data-points={data.length}
    >
      <div
        role="tablist"
        aria-label={t("progress.trendTitle")}
        className="flex gap-1 rounded-lg bg-slate-100 p-1 text-sm"
      >
        {(["criteria", "categories"] as const).map((v) => (
          <button
            key={v}
            type="button"
            role="tab"
            aria-selected={view === v}
            data-testid={`trend-tab-${v}`}
            onClick={() => setView(v)}
            className={`flex-1 rounded-md px-3 py-1.5 font-medium ${view === v ? "bg-white text-slate-900 shadow-sm" : "text-slate-600"}`}
          >
            {t(`progress.view.${v}`)}
          </button>
        ))}
      </div>
      <figcaption className="sr-only" data-testid="progress-trend-summary">
        {t("progress.trendSummary", { count: data.length, latest })}
      </figcaption>
      <div aria-hidden="true" style={{ height }}>
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={data} margin={{ top: 8, right: 12, bottom: 0, left: -20 }}>
            <CartesianGrid stroke="#e2e8f0" strokeDasharray="3 3" vertical={false} />
            <XAxis
              dataKey="label"
              tick={{ fill: "#64748b", fontSize: 11 }}
              tickLine={false}
              axisLine={{ stroke: "#cbd5e1" }}
              padding={{ left: 16, right: 16 }}
              interval="preserveStartEnd"
              minTickGap={12}
            />
            <YAxis
              domain={[view === "criteria" ? 1 : 5, max]}
              allowDecimals={false}
              tick={{ fill: "#64748b", fontSize: 12 }}
              tickLine={false}
              axisLine={false}
            />
            <Tooltip
              labelFormatter={(_, payload) => String(payload?.[0]?.payload?.when ?? "")}
              formatter={(value, name) => [`${value} / ${max}`, name]}
              contentStyle={{ borderRadius: 12, borderColor: "#e2e8f0", fontSize: 13 }}
            />
            {/* No sorting: the legend keeps criterion order, or the order an interview asks the categories. */}
            <Legend iconType="circle" iconSize={8} wrapperStyle={{ fontSize: 12 }} itemSorter={null} />
            {keys.map((k) => (
              <Line
                key={k.key}
                type="monotone"
                dataKey={k.key}
                name={k.name}
                stroke={k.color}
                strokeWidth={2}
                dot={{ r: 3, fill: k.color, strokeWidth: 0 }}
                connectNulls
                isAnimationActive={false}
              />
            ))}
          </LineChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
