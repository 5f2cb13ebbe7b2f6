import { CATEGORY_ORDER, CRITERIA, type Progress } from "@studio/protocol";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Symbols,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { formatDateTime } from "../../format-time";
import { trendLabels } from "../../trend-labels";
import { drawnKey, SERIES_DASHES, SERIES_SHAPES, spreadTies } from "./tie-offsets";

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

/** Tied series are drawn this far apart (4-5 px at the default height) on each view's scale. */
const TIE_STEP: Record<View, number> = { criteria: 0.12, categories: 0.5 };

/**
 * One row per counted interview, oldest first; a category the interview did not ask is left empty.
 * Each series has its true value (tooltip, legend) and its drawn position (ties spread apart).
 */
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
    const keys = Object.keys(series);
    for (const [key, drawn] of Object.entries(spreadTies(row, keys, TIE_STEP[view])))
      row[drawnKey(key)] = drawn;
    return row;
  });
}

/** Per-criterion (1-5) or per-category (out of 25) scores over the candidate's interviews. */
export function ProgressTrendChart({ progress, height = 260 }: { progress: Progress; height?: number }) {
  const { t, i18n } = useTranslation();
  const [view, setView] = useState<View>("criteria");
  const series =
    view === "criteria"
      ? CRITERIA.map((c, i) => ({ key: c, name: t(`criteria.${c}`), color: CRITERION_COLORS[i]! }))
      : CATEGORY_ORDER.filter((c) => progress.categoryTrend[c]).map((c) => ({
          key: c,
          name: t(`categories.${c}`),
          color: CATEGORY_COLORS[CATEGORY_ORDER.indexOf(c)]!,
        }));
  const data = rows(progress, view, i18n.language);
  const max = view === "criteria" ? 5 : 25;
  const min = view === "criteria" ? 1 : 5;
  const ticks = view === "criteria" ? [1, 2, 3, 4, 5] : [5, 10, 15, 20, 25];
  // Room above the top and below the bottom score for ties spread apart there.
  const pad = (TIE_STEP[view] * (series.length - 1)) / 2;
  const latestOf = (key: string) => data.findLast((r) => r[key] !== null)?.[key] ?? "—";
  // Each line also has its own marker and dash, so lines stay apart in grey print and for colour blindness.
  const keys = series.map((k, i) => ({
    ...k,
    shape: SERIES_SHAPES[i % SERIES_SHAPES.length]!,
    dash: SERIES_DASHES[i % SERIES_DASHES.length]!,
    latest: latestOf(k.key),
  }));
  const latest = keys.map((k) => `${k.name} ${k.latest}`).join(", ");
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
              domain={[min - pad, max + pad]}
              ticks={ticks}
              allowDecimals={false}
              tick={{ fill: "#64748b", fontSize: 12 }}
              tickLine={false}
              axisLine={false}
            />
            <Tooltip
              labelFormatter={(_, payload) => String(payload?.[0]?.payload?.when ?? "")}
              // The true score, not the drawn position a tie was moved to.
              formatter={(_value, name, item) => [
                `${item.payload?.[String(item.dataKey).replace(/__drawn$/, "")] ?? "—"} / ${max}`,
                name,
              ]}
              contentStyle={{ borderRadius: 12, borderColor: "#e2e8f0", fontSize: 13 }}
            />
            {/* No sorting: the legend keeps criterion order, or the order an interview asks the categories. */}
            <Legend
              iconSize={10}
              wrapperStyle={{ fontSize: 12 }}
              itemSorter={null}
              formatter={(name) => `${name} ${keys.find((k) => k.name === name)?.latest ?? ""}`}
            />
            {keys.map((k) => (
              <Line
                key={k.key}
                type="linear"
                dataKey={drawnKey(k.key)}
                name={k.name}
                stroke={k.color}
                strokeWidth={2}
                strokeDasharray={k.dash}
                legendType={k.shape}
                dot={({ cx, cy, index }) =>
                  cx == null || cy == null ? (
                    <g key={`${k.key}-${index}`} />
                  ) : (
                    <Symbols
                      key={`${k.key}-${index}`}
                      cx={cx}
                      cy={cy}
                      type={k.shape}
                      size={42}
                      fill={k.color}
                    />
                  )
                }
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
