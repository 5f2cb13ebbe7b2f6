import type { TalkingPointCoverage } from "@studio/protocol";
import { useTranslation } from "react-i18next";

/** The question's talking points with a covered or missed mark, and the sentence that covered each. */
export function TalkingPoints({ points }: { points: readonly TalkingPointCoverage[] | undefined }) {
  const { t } = useTranslation();
  if (!points?.length) return null;
  return (
    <section data-testid="talking-points" className="space-y-2">
      <h3 className="text-sm font-semibold text-slate-900">{t("evaluation.talkingPoints")}</h3>
      <ul className="space-y-1.5">
        {points.map((point) => (
          <li key={point.label} data-covered={point.covered} className="flex gap-2.5 text-sm leading-6">
            <span
              aria-hidden="true"
              className={`mt-0.5 inline-flex size-5 shrink-0 items-center justify-center rounded-full text-xs font-bold ${
                point.covered ? "bg-emerald-100 text-emerald-700" : "bg-slate-100 text-slate-400"
              }`}
            >
              {point.covered ? "✓" : "–"}
            </span>
            <span className="min-w-0">
              <span className={point.covered ? "font-medium text-slate-900" : "text-slate-500"}>
                {point.label}
              </span>
              <span className="sr-only">
                {" "}
                ({point.covered ? t("evaluation.covered") : t("evaluation.missed")})
              </span>
              {point.quote && (
                <span className="block truncate text-xs text-slate-500" title={point.quote}>
                  “{point.quote}”
                </span>
              )}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
