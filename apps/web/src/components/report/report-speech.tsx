import type { SpeechAnalytics } from "@studio/protocol";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { formatClock } from "../../format-time";
import { rateText } from "../replay/delivery-format";
import { ReportSection } from "./report-section";

interface MetricProps {
  label: string;
  value: string;
  note?: string | undefined;
  /** The pace's basis ("voiced" or "whole"), for tests. */
  basis?: string;
}

function Metric({ label, value, note, basis }: MetricProps) {
  return (
    <div className="rounded-xl bg-slate-50 p-4" data-pace={basis}>
      <dt className="text-xs text-slate-500">{label}</dt>
      <dd className="mt-1 text-xl font-bold tabular-nums text-slate-900">{value}</dd>
      {note && <dd className="mt-0.5 text-xs text-slate-600">{note}</dd>}
    </div>
  );
}

/**
 * One pace figure. Measured from the recordings it is the rate while speaking (voiced time, the basis
 * of the benchmarks); without recordings, words over the whole answer time. Never both side by side.
 */
function paceMetric(speech: SpeechAnalytics, t: TFunction) {
  const voiced = speech.delivery?.averages.rate;
  if (voiced && voiced.value > 0) {
    const verdict = speech.delivery?.verdicts.rate;
    return {
      basis: "voiced",
      label: t("report.speechLabels.paceVoiced"),
      value: rateText(t, voiced),
      note: verdict ? t(`recording.verdict.rate.${verdict}`) : undefined,
    };
  }
  return {
    basis: "whole",
    label: t("report.speechLabels.paceWhole"),
    value:
      speech.averagePace === null
        ? "—"
        : t(`report.speechPace.${speech.paceUnit}`, { value: Math.round(speech.averagePace) }),
    note: speech.paceVerdict ? t(`report.paceVerdict.${speech.paceVerdict}`) : undefined,
  };
}

export function ReportSpeech({ speech }: { speech: SpeechAnalytics }) {
  const { t } = useTranslation();
  const pace = paceMetric(speech, t);
  const duration = speech.averageDurationMs === null ? "—" : formatClock(speech.averageDurationMs / 1000);
  return (
    <ReportSection title={t("report.speech")} testId="report-speech">
      <dl className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <Metric label={pace.label} value={pace.value} note={pace.note} basis={pace.basis} />
        <Metric
          label={t("report.speechLabels.fillers")}
          value={String(speech.fillerCount)}
          note={t("report.speechLabels.perAnswer", { value: speech.fillersPerAnswer.toFixed(1) })}
        />
        <Metric label={t("report.speechLabels.duration")} value={duration} />
        <Metric
          label={t("report.speechLabels.overTime")}
          value={String(speech.overTimeLimit)}
          note={t("report.speechLabels.limit", { time: formatClock(speech.timeLimitMs / 1000) })}
        />
      </dl>
      {speech.topFillers.length > 0 && (
        <div className="mt-4 flex flex-wrap items-center gap-2 text-sm">
          <span className="text-slate-600">{t("report.speechLabels.topFillers")}</span>
          {speech.topFillers.map((f) => (
            <span
              key={f.word}
              className="rounded-full bg-amber-50 px-2.5 py-0.5 text-amber-900 ring-1 ring-amber-200"
            >
              {f.word} × {f.count}
            </span>
          ))}
        </div>
      )}
    </ReportSection>
  );
}
