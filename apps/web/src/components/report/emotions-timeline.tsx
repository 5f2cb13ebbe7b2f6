import { EMOTIONS, type Emotion, type ExpressionSample } from "@studio/protocol";
import { useTranslation } from "react-i18next";
import { Area, AreaChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export const EMOTION_COLORS: Record<Emotion, string> = {
  happy: "#f59e0b",
  neutral: "#94a3b8",
  sad: "#6366f1",
  angry: "#ef4444",
  surprise: "#14b8a6",
  fear: "#a855f7",
  disgust: "#84cc16",
};

const GAZE_COLORS = {
  ok: "bg-emerald-400",
  away: "bg-amber-400",
  down: "bg-sky-400",
  missing: "bg-slate-300",
};
const gazeOf = (s: ExpressionSample): keyof typeof GAZE_COLORS =>
  !s.facePresent ? "missing" : s.lookingDown ? "down" : s.lookingAway ? "away" : "ok";

interface EmotionsTimelineProps {
  samples: ExpressionSample[];
  /** Question id -> its number in the interview. */
  numbers: Map<string, number>;
}

/** Expression scores over the interview (stacked), gaze underneath, a line where each question starts. */
export function EmotionsTimeline({ samples, numbers }: EmotionsTimelineProps) {
  const { t } = useTranslation();
  const start = samples[0]?.at ?? 0;
  // A frame without a face has no expression: a gap in the chart, not a drop to zero.
  const data = samples.map((s) => ({
    second: Math.round((s.at - start) / 1000),
    ...(s.facePresent ? s.scores : Object.fromEntries(EMOTIONS.map((e) => [e, null]))),
  }));
  const boundaries = samples.flatMap((s, i) =>
    s.questionId && s.questionId !== samples[i - 1]?.questionId
      ? [{ second: Math.round((s.at - start) / 1000), n: numbers.get(s.questionId) }]
      : [],
  );
  return (
    <figure data-testid="emotions-timeline" className="space-y-2">
      <figcaption className="text-sm font-semibold text-slate-800">
        {t("expressions.report.timeline")}
      </figcaption>
      <div aria-hidden="true" className="h-48">
        <ResponsiveContainer width="100%" height="100%">
          <AreaChart data={data} stackOffset="expand" margin={{ top: 16, right: 8, bottom: 0, left: -28 }}>
            <XAxis
              dataKey="second"
              type="number"
              domain={["dataMin", "dataMax"]}
              tick={{ fill: "#64748b", fontSize: 11 }}
              tickFormatter={(s: number) => `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`}
            />
            <YAxis tick={false} axisLine={false} />
            <Tooltip
              formatter={(value, name) => [
                `${Math.round(Number(value) * 100)}%`,
                t(`expressions.emotion.${name as Emotion}`),
              ]}
              labelFormatter={(s) => `${s}s`}
              contentStyle={{ borderRadius: 12, fontSize: 12 }}
            />
            {EMOTIONS.map((e) => (
              <Area
                key={e}
                dataKey={e}
                stackId="1"
                stroke="none"
                fill={EMOTION_COLORS[e]}
                fillOpacity={0.85}
                isAnimationActive={false}
              />
            ))}
            {boundaries.map((b) => (
              <ReferenceLine
                key={`${b.second}-${b.n}`}
                x={b.second}
                stroke="#0f172a"
                strokeDasharray="4 3"
                label={{ value: t("expressions.report.question", { n: b.n }), position: "top", fontSize: 11 }}
              />
            ))}
          </AreaChart>
        </ResponsiveContainer>
      </div>
      <div className="flex items-center gap-2">
        <span className="w-10 shrink-0 text-xs text-slate-500">{t("expressions.report.gaze")}</span>
        <div data-testid="gaze-band" className="flex h-3 flex-1 overflow-hidden rounded-full">
          {samples.map((s) => (
            <span key={s.at} data-gaze={gazeOf(s)} className={`h-full flex-1 ${GAZE_COLORS[gazeOf(s)]}`} />
          ))}
        </div>
      </div>
      <ul className="flex flex-wrap gap-x-3 gap-y-1 text-xs text-slate-600">
        {EMOTIONS.map((e) => (
          <li key={e} className="inline-flex items-center gap-1">
            <span
              aria-hidden="true"
              className="size-2.5 rounded-sm"
              style={{ background: EMOTION_COLORS[e] }}
            />
            {t(`expressions.emotion.${e}`)}
          </li>
        ))}
      </ul>
      <p className="text-xs text-slate-500">{t("expressions.report.timelineHint")}</p>
    </figure>
  );
}
