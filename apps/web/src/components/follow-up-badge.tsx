import { useTranslation } from "react-i18next";

export function FollowUpBadge() {
  const { t } = useTranslation();
  return (
    <span
      data-testid="follow-up-badge"
      className="inline-flex items-center gap-1 rounded-full bg-amber-100 px-2.5 py-0.5 text-xs font-semibold text-amber-800"
    >
      <svg aria-hidden="true" viewBox="0 0 16 16" className="size-3" fill="none" stroke="currentColor">
        <path strokeWidth="2" strokeLinecap="round" d="M3 3v5a3 3 0 0 0 3 3h7m-3-3 3 3-3 3" />
      </svg>
      {t("interview.followUp")}
    </span>
  );
}
