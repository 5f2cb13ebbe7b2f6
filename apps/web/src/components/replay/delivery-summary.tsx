import type { DeliverySummary, Language } from "@studio/protocol";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { seconds } from "./delivery-format";

/**
 * The interview's delivery on average, each figure with its verdict, and where the benchmarks come from.
 * The pace is not repeated here: the speech section shows the one pace figure (report-speech.tsx).
 */
export function DeliverySummaryPanel({
  summary,
  language,
}: {
  summary: DeliverySummary;
  language: Language;
}) {
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
            <li key={b.metric} data-metric={b.metric}>
              <span className="font-semibold">{benchmarkText(t, b, language).range}</span> —{" "}
              {benchmarkText(t, b, language).source}
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}

const KNOWN_METRICS = ["thinkingMs", "pausesPerMinute", "loudnessVariation"] as const;

/**
 * A benchmark in the reader's language: the four the server sends are translated here (the rate's by the
 * interview's language, syllables or words); any other is shown as the server wrote it.
 */
function benchmarkText(
  t: TFunction,
  benchmark: DeliverySummary["benchmarks"][number],
  language: Language,
): { range: string; source: string } {
  if (benchmark.metric === "rate") {
    return {
      range: t(`recording.benchmark.rate.${language}.range`),
      source: t(`recording.benchmark.rate.${language}.source`),
    };
  }
  const known = KNOWN_METRICS.find((m) => m === benchmark.metric);
  if (!known) return { range: benchmark.range, source: benchmark.source };
  return { range: t(`recording.benchmark.${known}.range`), source: t(`recording.benchmark.${known}.source`) };
}
