import { useTranslation } from "react-i18next";
import { inputClass } from "../form-field";
import { ToggleSwitch } from "../toggle-switch";

const MINUTES = [20, 30, 45, 60] as const;

/** The system-design round's switch (on by default for backend and data roles) and its time limit. */
export function SystemDesignFields({
  enabled,
  minutes,
  onEnabled,
  onMinutes,
}: {
  enabled: boolean;
  minutes: number;
  onEnabled: (enabled: boolean) => void;
  onMinutes: (minutes: number) => void;
}) {
  const { t } = useTranslation();
  return (
    <section className="card flex flex-wrap items-start justify-between gap-4 p-5 sm:p-6">
      <div className="min-w-0 flex-1">
        <p id="system-design-label" className="font-semibold text-slate-900">
          {t("setup.systemDesign")}
        </p>
        <p id="system-design-hint" className="mt-1 text-xs leading-5 text-slate-600">
          {t("setup.systemDesignHint")}
        </p>
      </div>
      <div className="flex items-center gap-3">
        {enabled && (
          <select
            aria-label={t("setup.systemDesignMinutes")}
            value={minutes}
            onChange={(e) => onMinutes(Number(e.target.value))}
            className={`${inputClass} w-28`}
            data-testid="system-design-minutes"
          >
            {MINUTES.map((m) => (
              <option key={m} value={m}>
                {t("whiteboard.minutes", { count: m })}
              </option>
            ))}
          </select>
        )}
        <ToggleSwitch
          id="system-design"
          checked={enabled}
          onChange={onEnabled}
          labelledBy="system-design-label"
          describedBy="system-design-hint"
          testId="system-design-toggle"
        />
      </div>
    </section>
  );
}
