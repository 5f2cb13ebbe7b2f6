import type { Report, Verdict } from "@studio/protocol";
import { useTranslation } from "react-i18next";
import { ReportSection } from "./report-section";

/** The coding test taken during the interview: solved out of attempted, and each problem's last verdict. */
export function ReportCoding({ coding }: { coding: NonNullable<Report["coding"]> }) {
  const { t } = useTranslation();
  return (
    <ReportSection title={t("report.codingTitle")} testId="report-coding">
      <p className="mb-4 text-sm text-slate-600">
        {t("report.codingSolved", { solved: coding.solved, attempted: coding.attempted })}
      </p>
      <ul className="divide-y divide-slate-100">
        {coding.problems.map((p) => (
          <li key={p.problemId} className="flex flex-wrap items-center justify-between gap-3 py-3">
            <div>
              <p className="font-medium text-slate-900">{p.problemId}</p>
              <p className="text-xs text-slate-500">
                {p.language} · {t("report.codingTests", { passed: p.testsPassed, total: p.testCount })} ·{" "}
                {p.complexity}
              </p>
            </div>
            <span
              className={`rounded-full px-3 py-1 text-xs font-semibold ${
                p.verdict === "accepted" ? "bg-emerald-50 text-emerald-700" : "bg-rose-50 text-rose-700"
              }`}
            >
              {t(`coding.verdict.${p.verdict as Verdict}`)}
            </span>
          </li>
        ))}
      </ul>
    </ReportSection>
  );
}
