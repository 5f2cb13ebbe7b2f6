import type { PanelPracticeReport } from "@studio/protocol";
import { useTranslation } from "react-i18next";
import { ReportSection } from "../report/report-section";
import { AvatarArt } from "../room/avatar-art";
import { mouthPaths } from "../room/avatar-geometry";

const TONE: Record<PanelPracticeReport["verdicts"][number]["recommendation"], string> = {
  strong_yes: "bg-emerald-100 text-emerald-800",
  yes: "bg-sky-100 text-sky-800",
  lean_no: "bg-amber-100 text-amber-800",
  no: "bg-rose-100 text-rose-800",
  none: "bg-slate-100 text-slate-700",
};

/** Panel practice: what each AI interviewer would say about the candidate, from their own questions. */
export function ReportPanel({ panel }: { panel: PanelPracticeReport }) {
  const { t } = useTranslation();
  return (
    <ReportSection title={t("panelPractice.reportTitle")} testId="report-panel">
      <p className="-mt-2 mb-4 text-sm text-slate-600">{t("panelPractice.reportHint")}</p>
      <ul className="grid gap-4 md:grid-cols-3">
        {panel.verdicts.map((verdict) => {
          const member = panel.members.find((m) => m.id === verdict.persona);
          return (
            <li
              key={verdict.persona}
              data-testid="persona-verdict"
              data-persona={verdict.persona}
              className="rounded-xl border border-slate-200 p-4"
            >
              <div className="flex items-center gap-3">
                {member && (
                  <div className="size-14 shrink-0" aria-hidden="true">
                    <AvatarArt
                      state="idle"
                      uid={`verdict-${verdict.persona}`}
                      initial={mouthPaths(0, 1, 0.4)}
                      look={member.look}
                    />
                  </div>
                )}
                <div className="min-w-0">
                  <p className="font-bold text-slate-900">{verdict.name}</p>
                  <p className="text-xs text-slate-600">{verdict.title}</p>
                </div>
              </div>
              <div className="mt-3 flex flex-wrap items-center gap-2 text-xs">
                <span className={`rounded-full px-2 py-0.5 font-semibold ${TONE[verdict.recommendation]}`}>
                  {t(`panelPractice.recommendations.${verdict.recommendation}`)}
                </span>
                <span className="text-slate-600">
                  {t("panelPractice.answered", { count: verdict.answered })}
                </span>
                {verdict.average !== null && (
                  <span className="font-semibold text-slate-800">
                    {t("panelPractice.average", { score: verdict.average.toFixed(1) })}
                  </span>
                )}
              </div>
              <p className="mt-3 text-sm leading-6 text-slate-700">{verdict.summary}</p>
            </li>
          );
        })}
      </ul>
    </ReportSection>
  );
}
