import { useTranslation } from "react-i18next";
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatDateTime } from "../format-time";
import type { ScorePoint } from "../session-scores";
import { trendLabels } from "../trend-labels";

interface ScoreTrendChartProps {
  points: ScorePoint[];
  height?: number;
  compact?: boolean;
}

export function ScoreTrendChart({ points, height = 240, compact = false }: ScoreTrendChartProps) {
  const { t, i18n } = useTranslation();
  // Several interviews on one day get their time too, so no two points read the same.
  const labels = trendLabels(
    points.map((p) => p.date),
    i18n.language,
  );
  const data = points.map((p, i) => ({
    ...p,
    label: labels[i]!,
    when: formatDateTime(p.date, i18n.language),
    n: i + 1,
  }));
  const summary = t("trend.summary", { count: points.length, totals: points.map((p) => p.total).join(", ") });
  return (
    <figure className="w-full" data-testid="score-trend-chart">
      <figcaption className="sr-only">{summary}</figcaption>
      <div aria-hidden="true" style={{ height }}>
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={data} margin={{ top: 8, right: 12, bottom: 0, left: compact ? -20 : -16 }}>
            <CartesianGrid stroke="#e2e8f0" strokeDasharray="3 3" vertical={false} />
            <XAxis
              dataKey="label"
              tick={{ fill: "#64748b", fontSize: 12 }}
              tickLine={false}
              axisLine={{ stroke: "#cbd5e1" }}
              padding={{ left: 20, right: 20 }}
              hide={compact}
            />
            <YAxis
              domain={[0, 25]}
              ticks={[0, 5, 10, 15, 20, 25]}
              tick={{ fill: "#64748b", fontSize: 12 }}
              tickLine={false}
              axisLine={false}
            />
            <Tooltip
              formatter={(value) => [`${value} / 25`, t("trend.total")]}
              labelFormatter={(label, payload) => String(payload?.[0]?.payload?.when ?? label)}
              contentStyle={{ borderRadius: 12, borderColor: "#e2e8f0", fontSize: 13 }}
            />
            <Line
              type="monotone"
              dataKey="total"
              stroke="#4f46e5"
              strokeWidth={2.5}
              dot={{ r: 4, fill: "#4f46e5", strokeWidth: 0 }}
              activeDot={{ r: 6 }}
              isAnimationActive={false}
            />
          </LineChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
