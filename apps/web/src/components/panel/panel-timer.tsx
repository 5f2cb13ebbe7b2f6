import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";

const two = (n: number) => String(n).padStart(2, "0");

/** Time since the panel went live (from the server's start time, so every screen agrees). */
export function PanelTimer({ startedAt, stopped }: { startedAt: string | null; stopped: boolean }) {
  const { t } = useTranslation();
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    if (stopped) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [stopped]);
  const seconds = startedAt ? Math.max(0, Math.floor((now - Date.parse(startedAt)) / 1000)) : 0;
  return (
    <span
      className="font-mono text-lg tabular-nums text-slate-700"
      role="timer"
      aria-label={t("panel.timer")}
      data-testid="panel-timer"
    >
      {two(Math.floor(seconds / 60))}:{two(seconds % 60)}
    </span>
  );
}
