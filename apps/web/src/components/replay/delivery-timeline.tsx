import type { Delivery } from "@studio/protocol";
import { useTranslation } from "react-i18next";
import { seconds } from "./delivery-format";

interface DeliveryTimelineProps {
  delivery: Delivery;
  lengthMs: number;
  positionMs: number;
}

const percent = (ms: number, lengthMs: number) => `${Math.min(100, Math.max(0, (ms / lengthMs) * 100))}%`;

/** The answer on a line: thinking time, long pauses (red), fillers (amber ticks) and the playhead. */
export function DeliveryTimeline({ delivery, lengthMs, positionMs }: DeliveryTimelineProps) {
  const { t } = useTranslation();
  const length = Math.max(1, lengthMs);
  return (
    <div className="space-y-1">
      <div
        className="relative h-6 cursor-pointer overflow-hidden rounded-md bg-emerald-100"
        data-testid="delivery-timeline"
        data-length-ms={Math.round(length)}
      >
        <div
          className="absolute inset-y-0 left-0 bg-slate-200"
          style={{ width: percent(delivery.thinkingMs, length) }}
        />
        {delivery.pauses.map((pause) => (
          <div
            key={pause.startMs}
            data-testid="pause-marker"
            data-start-ms={Math.round(pause.startMs)}
            data-end-ms={Math.round(pause.endMs)}
            title={t("recording.pauseAt", {
              at: seconds(pause.startMs),
              length: seconds(pause.endMs - pause.startMs),
            })}
            className="absolute inset-y-0 bg-rose-400/80"
            style={{
              left: percent(pause.startMs, length),
              width: percent(pause.endMs - pause.startMs, length),
            }}
          />
        ))}
        {(delivery.fillers ?? [])
          .map((f, n) => ({ ...f, id: `${f.atMs}:${n}` }))
          .map((filler) => (
            <div
              key={filler.id}
              data-testid="filler-marker"
              title={filler.word}
              className="absolute inset-y-0 w-1 bg-amber-500"
              style={{ left: percent(filler.atMs, length) }}
            />
          ))}
        <div
          className="absolute inset-y-0 w-0.5 bg-slate-900"
          style={{ left: percent(positionMs, length) }}
        />
      </div>
      <div className="flex flex-wrap gap-3 text-xs text-slate-600">
        <span>
          <span className="mr-1 inline-block size-2 rounded-sm bg-slate-300" />
          {t("recording.legend.thinking")}
        </span>
        <span>
          <span className="mr-1 inline-block size-2 rounded-sm bg-emerald-200" />
          {t("recording.legend.speech")}
        </span>
        <span>
          <span className="mr-1 inline-block size-2 rounded-sm bg-rose-400" />
          {t("recording.legend.pause")}
        </span>
        <span>
          <span className="mr-1 inline-block size-2 rounded-sm bg-amber-500" />
          {t("recording.legend.filler")}
        </span>
      </div>
    </div>
  );
}
