import { STAR_PARTS } from "@studio/protocol";
import { useTranslation } from "react-i18next";
import { STAR_CHIP, STAR_LETTER } from "./star-colors";

export function StarLegend() {
  const { t } = useTranslation();
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-600" aria-label={t("star.legend")}>
      {STAR_PARTS.map((part) => (
        <li key={part} className="flex items-center gap-1.5">
          <span
            aria-hidden="true"
            className={`inline-flex size-5 items-center justify-center rounded text-[11px] font-bold ${STAR_CHIP[part]}`}
          >
            {STAR_LETTER[part]}
          </span>
          {t(`star.parts.${part}`)}
        </li>
      ))}
    </ul>
  );
}
