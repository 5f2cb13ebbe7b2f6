import { CRITERIA } from "@studio/protocol";
import { useTranslation } from "react-i18next";

const SAMPLE = { specificity: 4, logic: 5, technical: 4, star: 3, communication: 4 } as const;

/** A static illustration of the live evaluation panel for the landing page. */
export function HeroPreview() {
  const { t } = useTranslation();
  return (
    <div aria-hidden="true" className="card relative overflow-hidden p-6">
      <div className="mb-4 flex items-center justify-between">
        <span className="rounded-full bg-brand-50 px-2.5 py-1 text-xs font-semibold text-brand-700">
          {t("categories.project")} · 4 / 9
        </span>
        <span className="text-xs font-medium tabular-nums text-slate-500">1:42</span>
      </div>
      <p className="mb-5 text-lg font-semibold leading-7 text-slate-900">{t("home.preview.question")}</p>
      <div className="mb-5 space-y-2.5">
        {CRITERIA.map((c) => (
          <div key={c} className="grid grid-cols-[7.5rem_1fr_1.5rem] items-center gap-2 text-xs">
            <span className="text-slate-600">{t(`criteria.${c}`)}</span>
            <span className="h-2 rounded-full bg-slate-100">
              <span
                className="block h-full rounded-full bg-brand-500"
                style={{ width: `${SAMPLE[c] * 20}%` }}
              />
            </span>
            <span className="text-right font-semibold tabular-nums text-slate-800">{SAMPLE[c]}</span>
          </div>
        ))}
      </div>
      <div className="flex items-center justify-between rounded-xl bg-slate-50 px-4 py-3">
        <span className="text-sm text-slate-600">{t("evaluation.total")}</span>
        <span className="text-2xl font-black text-brand-700">
          20<span className="text-sm font-semibold text-slate-400">/25</span>
        </span>
      </div>
      <div className="mt-3 rounded-xl bg-amber-50 px-4 py-3 text-sm text-amber-900">
        <span className="mr-1.5 font-semibold">{t("interview.followUp")}</span>
        {t("home.preview.followUp")}
      </div>
    </div>
  );
}
