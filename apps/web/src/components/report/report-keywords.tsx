import type { Report } from "@studio/protocol";
import { useTranslation } from "react-i18next";
import { ReportSection } from "./report-section";

function Chips({ words, tone }: { words: string[]; tone: string }) {
  const { t } = useTranslation();
  if (words.length === 0) return <p className="text-sm text-slate-500">{t("report.none")}</p>;
  return (
    <ul className="flex flex-wrap gap-2">
      {words.map((word) => (
        <li key={word} className={`rounded-full px-3 py-1 text-sm font-medium ${tone}`}>
          {word}
        </li>
      ))}
    </ul>
  );
}

export function ReportKeywords({ keywords }: { keywords: Report["keywords"] }) {
  const { t } = useTranslation();
  return (
    <ReportSection title={t("report.keywords")} testId="report-keywords">
      <div className="space-y-4">
        <div className="space-y-2">
          <h3 className="text-sm font-semibold text-slate-700">{t("report.technicalKeywords")}</h3>
          <Chips words={keywords.technical} tone="bg-brand-50 text-brand-800 ring-1 ring-brand-100" />
        </div>
        <div className="space-y-2">
          <h3 className="text-sm font-semibold text-slate-700">{t("report.generalKeywords")}</h3>
          <Chips words={keywords.general} tone="bg-slate-100 text-slate-700" />
        </div>
      </div>
    </ReportSection>
  );
}
