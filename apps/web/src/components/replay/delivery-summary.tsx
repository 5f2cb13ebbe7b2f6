import type { DeliverySummary } from "@studio/protocol";
import { useTranslation } from "react-i18next";
import { seconds } from "./delivery-format";

/**
 * The interview's delivery on average, each figure with its verdict, and where the benchmarks come from.
 * The pace is not repeated here: the speech section shows the one pace figure (report-speech.tsx).
 */
export function DeliverySummaryPanel({ summary }: { summary: DeliverySummary }) {
  const { t } = useTranslation();
  const { averages, verdicts } = summary;
  const items = [
    {
      key: "thinking",
      value: seconds(averages.thinkingMs),
      verdict: t(`recording.verdict.thinking.${verdicts.thinking}`),
      verdictKey: verdicts.thinking,
    },
    {
      key: "pausesPerMinute",
      value: averages.pausesPerMinute.toFixed(1),
      verdict: t(`recording.verdict.pauses.${verdicts.pauses}`),
      verdictKey: verdicts.pauses,
    },
    {
      key: "loudness",
      value: `${averages.loudnessVariation.toFixed(1)} dB`,
      verdict: t(`recording.verdict.loudness.${verdicts.loudness}`),
      verdictKey: verdicts.loudness,
    },
  ] as const;
  return (
    <div className="space-y-3" data-testid="delivery-summary">
      <dl className="grid gap-3 sm:grid-cols-3">
        {items.map((item) => (
          <div
            key={item.key}
            className="rounded-xl bg-slate-50 p-4"
            data-figure={item.key}
            data-verdict={item.verdictKey}
          >
            <dt className="text-xs text-slate-500">{t(`recording.summary.${item.key}`)}</dt>
            <dd className="mt-1 text-xl font-bold tabular-nums text-slate-900">{item.value}</dd>
            {item.verdict && <dd className="mt-0.5 text-xs text-slate-600">{item.verdict}</dd>}
          </div>
        ))}
      </dl>
      <details className="text-xs text-slate-600">
        <summary className="cursor-pointer font-medium">{t("recording.benchmarks")}</summary>
        <ul className="mt-2 list-disc space-y-1 pl-5">
          {summary.benchmarks.map((b) => (
            <li key={b.metric}>
              <span className="font-semibold">{b.range}</span> — {b.source}
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}
