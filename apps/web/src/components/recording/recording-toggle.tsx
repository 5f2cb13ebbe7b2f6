import { useTranslation } from "react-i18next";
import type { RecordingStatus } from "../../recording/use-answer-recording";
import { ToggleSwitch } from "../toggle-switch";

interface RecordingToggleProps {
  enabled: boolean;
  onChange: (on: boolean) => void;
  status: RecordingStatus;
  video: boolean;
}

/** Opt-in recording of each answer, kept on this device; a red dot while it records. */
export function RecordingToggle({ enabled, onChange, status, video }: RecordingToggleProps) {
  const { t } = useTranslation();
  return (
    <div className="card flex flex-wrap items-center gap-3 px-4 py-3" data-testid="recording-toggle">
      <ToggleSwitch
        id="record-answers"
        checked={enabled}
        onChange={onChange}
        labelledBy="record-answers-label"
        describedBy="record-answers-help"
        testId="record-switch"
      />
      <div className="min-w-0 flex-1">
        <p id="record-answers-label" className="text-sm font-semibold text-slate-900">
          {t(video ? "recording.toggleVideo" : "recording.toggle")}
        </p>
        <p id="record-answers-help" className="text-xs text-slate-600">
          {t("recording.toggleHelp")}
        </p>
      </div>
      {enabled && status !== "off" && (
        <span
          data-testid="recording-status"
          data-status={status}
          className={`inline-flex items-center gap-1.5 rounded-full px-2.5 py-0.5 text-xs font-semibold ${
            status === "recording"
              ? "bg-rose-50 text-rose-700"
              : status === "failed"
                ? "bg-amber-50 text-amber-800"
                : "bg-slate-100 text-slate-700"
          }`}
        >
          {status === "recording" && (
            <span aria-hidden="true" className="size-2 animate-pulse rounded-full bg-rose-600" />
          )}
          {t(`recording.status.${status}`)}
        </span>
      )}
    </div>
  );
}
