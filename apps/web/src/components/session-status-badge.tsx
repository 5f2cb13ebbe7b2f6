import type { SessionSummary } from "@studio/protocol";
import { useTranslation } from "react-i18next";

export function SessionStatusBadge({ status }: { status: SessionSummary["status"] }) {
  const { t } = useTranslation();
  const style =
    status === "active"
      ? "bg-brand-50 text-brand-700 ring-brand-200"
      : "bg-slate-100 text-slate-700 ring-slate-200";
  return (
    <span className={`inline-flex rounded-full px-2 py-0.5 text-xs font-semibold ring-1 ${style}`}>
      {t(`session.status.${status}`)}
    </span>
  );
}
