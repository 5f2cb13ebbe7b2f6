import { useTranslation } from "react-i18next";

/**
 * Says the report is still taking in late delivery figures. Fixed over the page rather than in its
 * flow, so showing and hiding it moves nothing the candidate is reading.
 */
export function ReportUpdating() {
  const { t } = useTranslation();
  return (
    <p
      role="status"
      data-testid="report-updating"
      className="fixed inset-x-4 bottom-4 z-20 mx-auto w-fit max-w-md rounded-full bg-slate-900/90 px-4 py-2 text-center text-xs text-white shadow-lg print:hidden"
    >
      {t("report.deliveriesPending")}
    </p>
  );
}
