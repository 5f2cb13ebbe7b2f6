import { useTranslation } from "react-i18next";
import { buttonClass } from "../button-styles";

interface RunActionsProps {
  busy: boolean;
  onRunSamples: () => void;
  onSubmit: () => void;
}

const isMac = typeof navigator !== "undefined" && /Mac|iPhone|iPad/.test(navigator.userAgent);
const MOD = isMac ? "⌘" : "Ctrl";

export function RunActions({ busy, onRunSamples, onSubmit }: RunActionsProps) {
  const { t } = useTranslation();
  return (
    <div className="flex flex-wrap items-center justify-end gap-2">
      <p className="mr-auto text-xs text-slate-500">
        {t("coding.shortcuts", { run: `${MOD}+Enter`, submit: `${MOD}+Shift+Enter` })}
      </p>
      <button
        type="button"
        data-testid="run-samples"
        className={buttonClass("secondary", "md")}
        onClick={onRunSamples}
        disabled={busy}
        aria-keyshortcuts="Control+Enter Meta+Enter"
      >
        <span aria-hidden="true">▶</span>
        {t("coding.runSamples")}
      </button>
      <button
        type="button"
        data-testid="submit-code"
        className={buttonClass("primary", "md")}
        onClick={onSubmit}
        disabled={busy}
        aria-keyshortcuts="Control+Shift+Enter Meta+Shift+Enter"
      >
        {t("coding.submit")}
      </button>
    </div>
  );
}
