import type { ExecuteStatus } from "@studio/protocol";
import { useTranslation } from "react-i18next";
import { VerdictPill } from "./verdict-pill";

/** "Finished" for a clean run, otherwise the failure under its verdict name and colour. */
export function RunStatusPill({ status }: { status: ExecuteStatus }) {
  const { t } = useTranslation();
  if (status !== "ok") return <VerdictPill verdict={status} />;
  return (
    <span className="inline-flex rounded-full bg-sky-50 px-2 py-0.5 text-xs font-semibold text-sky-700 ring-1 ring-sky-200">
      {t("coding.status.ok")}
    </span>
  );
}
