import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { getExpressionTrend } from "../api/expressions-api";
import { formatShortDate } from "../format-time";

/** History: looking-away share and face-missing time across the interviews analysed with the camera. */
export function ExpressionTrend() {
  const { t, i18n } = useTranslation();
  const trend = useQuery({ queryKey: ["expressions", "trend"], queryFn: getExpressionTrend });
  const points = trend.data?.sessions ?? [];
  if (points.length === 0) return null;
  const data = points.map((p) => ({
    label: formatShortDate(p.createdAt, i18n.language),
    away: Math.round(p.lookingAwayShare * 100),
    missing: Math.round(p.faceMissingMs / 1000),
  }));
  const away = t("expressions.trend.lookingAway");
  const missing = t("expressions.trend.faceMissing");
  return (
    <section aria-labelledby="expression-trend" className="card p-5 sm:p-6" data-testid="expression-trend">
      <h2 id="expression-trend" className="font-semibold text-slate-900">
        {t("expressions.trend.title")}
      </h2>
      <p className="mb-4 text-sm text-slate-500">{t("expressions.trend.hint")}</p>
      <div className="h-56">
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
            <CartesianGrid stroke="#e2e8f0" strokeDasharray="3 3" vertical={false} />
            <XAxis
              dataKey="label"
              tick={{ fill: "#64748b", fontSize: 12 }}
              padding={{ left: 20, right: 20 }}
            />
            <YAxis yAxisId="away" domain={[0, 100]} tick={{ fill: "#64748b", fontSize: 12 }} />
            <YAxis yAxisId="missing" orientation="right" tick={{ fill: "#64748b", fontSize: 12 }} />
            <Tooltip contentStyle={{ borderRadius: 12, fontSize: 12 }} />
            <Legend wrapperStyle={{ fontSize: 12 }} />
            <Line
              yAxisId="away"
              dataKey="away"
              name={away}
              stroke="#f59e0b"
              strokeWidth={2.5}
              isAnimationActive={false}
            />
            <Line
              yAxisId="missing"
              dataKey="missing"
              name={missing}
              stroke="#64748b"
              strokeWidth={2}
              strokeDasharray="5 4"
              isAnimationActive={false}
            />
          </LineChart>
        </ResponsiveContainer>
      </div>
    </section>
  );
}
