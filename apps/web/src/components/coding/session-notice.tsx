import { useTranslation } from "react-i18next";
import { Link } from "react-router";

/** Says that submissions count towards the interview this coding test was opened from. */
export function SessionNotice({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation();
  return (
    <p
      data-testid="coding-session-notice"
      className="flex flex-wrap items-center justify-between gap-2 rounded-xl border border-brand-200 bg-brand-50 px-4 py-3 text-sm text-brand-800"
    >
      <span>{t("coding.sessionNotice")}</span>
      <Link to={`/report/${encodeURIComponent(sessionId)}`} className="font-semibold hover:underline">
        {t("coding.backToReport")} →
      </Link>
    </p>
  );
}
