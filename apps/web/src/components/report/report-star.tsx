import { type Report, STAR_PARTS } from "@studio/protocol";
import { useTranslation } from "react-i18next";
import { STAR_BAR, STAR_CHIP, STAR_LETTER } from "../star-colors";
import { ReportSection } from "./report-section";

export function ReportStar({ star }: { star: Report["star"] }) {
  const { t } = useTranslation();
  return (
    <ReportSection
      title={t("report.star")}
      testId="report-star"
      aside={
        <p className="text-sm text-slate-600">
          <span className="text-2xl font-black tabular-nums text-slate-900">{Math.round(star.total)}</span>
          <span className="font-semibold text-slate-400">/100</span>
        </p>
      }
    >
      <ul className="space-y-5">
        {STAR_PARTS.map((part) => {
          const sentences = star.sentences[part];
          return (
            <li key={part} data-star-part={part} className="print-avoid-break space-y-2">
              <div className="grid grid-cols-[auto_1fr_3.5rem] items-center gap-3">
                <span className="flex items-center gap-2 text-sm font-medium text-slate-800">
                  <span
                    aria-hidden="true"
                    className={`inline-flex size-6 items-center justify-center rounded-md text-xs font-bold ${STAR_CHIP[part]}`}
                  >
                    {STAR_LETTER[part]}
                  </span>
                  {t(`star.parts.${part}`)}
                </span>
                <span aria-hidden="true" className="h-2.5 overflow-hidden rounded-full bg-slate-100">
                  <span
                    className={`block h-full rounded-full ${STAR_BAR[part]}`}
                    style={{ width: `${Math.min(100, (star[part] / 25) * 100)}%` }}
                  />
                </span>
                <span className="text-right text-sm tabular-nums">
                  <span className="font-semibold text-slate-900">{Math.round(star[part])}</span>
                  <span className="text-slate-500">/25</span>
                </span>
              </div>
              {sentences.length > 0 ? (
                <ul className="ml-8 space-y-1 border-l-2 border-slate-100 pl-3 text-sm leading-6 text-slate-600">
                  {sentences.slice(0, 4).map((sentence, i) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: static quotes in order
                    <li key={i}>“{sentence}”</li>
                  ))}
                </ul>
              ) : (
                <p className="ml-8 pl-3 text-sm text-slate-500">{t("report.starMissing")}</p>
              )}
            </li>
          );
        })}
      </ul>
    </ReportSection>
  );
}
