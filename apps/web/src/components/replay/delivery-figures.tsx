import type { Delivery } from "@studio/protocol";
import { useTranslation } from "react-i18next";
import { rateText, seconds } from "./delivery-format";

type FigureKey = "talk" | "thinking" | "pauses" | "longestPause" | "rate" | "loudness" | "fillers";

/** One answer's delivery numbers. */
export function DeliveryFigures({ delivery }: { delivery: Delivery }) {
  const { t } = useTranslation();
  const figures: [FigureKey, string][] = [
    ["talk", seconds(delivery.talkMs)],
    ["thinking", seconds(delivery.thinkingMs)],
    ["pauses", String(delivery.pauseCount)],
    ["longestPause", delivery.longestPauseMs ? seconds(delivery.longestPauseMs) : "—"],
    ["rate", rateText(t, delivery.rate)],
    ["loudness", `${delivery.loudnessVariation.toFixed(1)} dB`],
    ["fillers", String(delivery.fillerCount ?? 0)],
  ];
  return (
    <dl className="grid grid-cols-2 gap-2 sm:grid-cols-4" data-testid="delivery-figures">
      {figures.map(([key, value]) => (
        <div key={key} className="rounded-lg bg-slate-50 px-3 py-2" data-figure={key}>
          <dt className="text-[11px] text-slate-500">{t(`recording.figures.${key}`)}</dt>
          <dd className="text-sm font-semibold tabular-nums text-slate-900">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
