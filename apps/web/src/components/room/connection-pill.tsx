import { useTranslation } from "react-i18next";
import type { ConnectionStatus } from "../../hooks/use-interview-socket";

const TONES: Record<ConnectionStatus, { pill: string; dot: string }> = {
  connecting: { pill: "bg-amber-50 text-amber-800 ring-amber-200", dot: "bg-amber-500 animate-pulse" },
  connected: { pill: "bg-emerald-50 text-emerald-800 ring-emerald-200", dot: "bg-emerald-500" },
  reconnecting: { pill: "bg-amber-50 text-amber-800 ring-amber-200", dot: "bg-amber-500 animate-pulse" },
  offline: { pill: "bg-rose-50 text-rose-800 ring-rose-200", dot: "bg-rose-500" },
};

export function ConnectionPill({ status }: { status: ConnectionStatus }) {
  const { t } = useTranslation();
  const tone = TONES[status];
  return (
    <p
      role="status"
      data-testid="connection-status"
      data-status={status}
      className={`inline-flex items-center gap-1.5 rounded-full px-2.5 py-1 text-xs font-semibold ring-1 backdrop-blur ${tone.pill}`}
    >
      <span aria-hidden="true" className={`size-2 rounded-full ${tone.dot}`} />
      <span className="sr-only">{t("room.connection.label")}: </span>
      {t(`room.connection.${status}`)}
    </p>
  );
}
