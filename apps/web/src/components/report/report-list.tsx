import { useTranslation } from "react-i18next";
import { ReportSection } from "./report-section";

const MARKERS = {
  strengths: { icon: "+", style: "bg-emerald-100 text-emerald-800" },
  improvements: { icon: "!", style: "bg-amber-100 text-amber-800" },
  recommendations: { icon: "→", style: "bg-brand-100 text-brand-800" },
} as const;

interface ReportListProps {
  kind: keyof typeof MARKERS;
  items: string[];
}

export function ReportList({ kind, items }: ReportListProps) {
  const { t } = useTranslation();
  const marker = MARKERS[kind];
  return (
    <ReportSection title={t(`report.${kind}`)} testId={`report-${kind}`}>
      {items.length === 0 ? (
        <p className="text-sm text-slate-500">{t("report.none")}</p>
      ) : (
        <ol className="space-y-3">
          {items.map((item, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: static list in order
            <li key={i} className="flex gap-3 text-sm leading-6 text-slate-700">
              <span
                aria-hidden="true"
                className={`mt-0.5 inline-flex size-5 shrink-0 items-center justify-center rounded-full text-xs font-bold ${marker.style}`}
              >
                {marker.icon}
              </span>
              <span>{item}</span>
            </li>
          ))}
        </ol>
      )}
    </ReportSection>
  );
}
