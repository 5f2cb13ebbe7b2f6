import { useTranslation } from "react-i18next";
import { buttonClass } from "../button-styles";
import { CountdownBadge } from "./countdown-badge";

interface PrepPanelProps {
  remainingSec: number;
  fraction: number;
  onSkip: () => void;
}

export function PrepPanel({ remainingSec, fraction, onSkip }: PrepPanelProps) {
  const { t } = useTranslation();
  return (
    <div className="flex flex-wrap items-center justify-between gap-4 rounded-2xl border border-brand-100 bg-brand-50 px-5 py-4">
      <div className="flex items-center gap-3">
        <CountdownBadge
          label={t("interview.prepTime")}
          remainingSec={remainingSec}
          fraction={fraction}
          testId="prep-countdown"
        />
        <p className="text-sm text-brand-800">{t("interview.prepHint")}</p>
      </div>
      <button type="button" className={buttonClass("primary", "sm")} onClick={onSkip} data-testid="skip-prep">
        {t("interview.skipPrep")}
      </button>
    </div>
  );
}
