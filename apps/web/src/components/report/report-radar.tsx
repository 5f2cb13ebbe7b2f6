import { type Averages, CRITERIA } from "@studio/protocol";
import { useTranslation } from "react-i18next";
import { PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart } from "recharts";
import { CriteriaBars } from "../criteria-bars";
import { ReportSection } from "./report-section";

export function ReportRadar({ averages }: { averages: Averages }) {
  const { t } = useTranslation();
  const data = CRITERIA.map((c) => ({
    criterion: t(`criteria.${c}`),
    value: Math.round(averages[c] * 10) / 10,
  }));
  return (
    <ReportSection title={t("report.criteria")}>
      <div className="grid items-center gap-6 sm:grid-cols-2 lg:grid-cols-1">
        {/* A fixed size keeps the chart identical on screen and in print (a responsive one can overflow);
            on a phone narrower than it, the drawing scales down by its viewBox instead of sticking out.
            The radius leaves room for the longest axis label ("Communication"); what still passes the
            drawing's edge is drawn into the card's padding rather than cut off. */}
        <div
          data-testid="report-radar"
          aria-hidden="true"
          className="mx-auto w-fit min-w-0 max-w-full [&_.recharts-wrapper]:h-auto! [&_.recharts-wrapper]:max-w-full [&_svg]:h-auto [&_svg]:max-w-full [&_svg]:overflow-visible"
        >
          <RadarChart width={360} height={300} data={data} outerRadius={90}>
            <PolarGrid stroke="#cbd5e1" />
            <PolarAngleAxis dataKey="criterion" tick={{ fill: "#334155", fontSize: 12 }} />
            {/* The rings mark 1-5; the exact values sit in the bars beside the chart. */}
            <PolarRadiusAxis domain={[0, 5]} tickCount={6} tick={false} axisLine={false} />
            <Radar
              dataKey="value"
              stroke="#4f46e5"
              fill="#6366f1"
              fillOpacity={0.3}
              strokeWidth={2}
              isAnimationActive={false}
            />
          </RadarChart>
        </div>
        <CriteriaBars scores={averages} />
      </div>
    </ReportSection>
  );
}
