import type { Verdict } from "@studio/protocol";
import { useTranslation } from "react-i18next";
import { VERDICT_PILL_STYLES } from "../../coding/verdict-styles";

export function VerdictPill({ verdict, label }: { verdict: Verdict; label?: string }) {
  const { t } = useTranslation();
  return (
    <span
      className={`inline-flex rounded-full px-2 py-0.5 text-xs font-semibold whitespace-nowrap ring-1 ${VERDICT_PILL_STYLES[verdict]}`}
    >
      {label ?? t(`coding.verdict.${verdict}`)}
    </span>
  );
}
