import { useTranslation } from "react-i18next";

export function JudgingNotice() {
  const { t } = useTranslation();
  return (
    <div role="status" className="card flex items-center gap-3 px-4 py-3 text-sm text-slate-600">
      <span
        aria-hidden="true"
        className="size-4 animate-spin rounded-full border-2 border-slate-300 border-t-brand-600"
      />
      {t("coding.judging")}
    </div>
  );
}
