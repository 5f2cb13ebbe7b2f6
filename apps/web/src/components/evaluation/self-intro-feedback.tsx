import type { SelfIntroFeedback as SelfIntro } from "@studio/protocol";
import { useTranslation } from "react-i18next";

const CHECKS = ["opening", "evidence", "roleLink", "closing", "recital"] as const;

/** A check passes when the introduction does it; `recital` passes when it does not read out the resume. */
function passed(intro: SelfIntro, check: (typeof CHECKS)[number]): boolean {
  if (check === "evidence") return intro.checks.evidence >= 1 && intro.checks.evidence <= 3;
  if (check === "recital") return !intro.checks.recital;
  return intro.checks[check];
}

/** The one-minute self-introduction's own feedback: its length against 60 s and its structure. */
export function SelfIntroFeedback({ intro }: { intro: SelfIntro | undefined }) {
  const { t } = useTranslation();
  if (!intro) return null;
  const { length } = intro;
  const seconds = length.spokenSeconds ?? length.estimatedSeconds;
  return (
    <section data-testid="self-intro-feedback" className="space-y-3 rounded-xl border border-slate-200 p-4">
      <h3 className="text-sm font-semibold text-slate-900">{t("selfIntro.title")}</h3>
      <p className="text-sm text-slate-700" data-testid="self-intro-length" data-verdict={length.verdict}>
        {t(`selfIntro.length.${length.unit}`, {
          count: length.count,
          min: length.target.min,
          max: length.target.max,
        })}
        {" · "}
        {t("selfIntro.seconds", { seconds })}
        {" · "}
        <span
          className={
            length.verdict === "good" ? "font-semibold text-emerald-700" : "font-semibold text-amber-700"
          }
        >
          {t(`selfIntro.verdict.${length.verdict}`)}
        </span>
      </p>
      <ul className="grid gap-1.5 sm:grid-cols-2">
        {CHECKS.map((check) => {
          const ok = passed(intro, check);
          return (
            <li key={check} data-check={check} data-passed={ok} className="flex gap-2 text-sm leading-6">
              <span
                aria-hidden="true"
                className={`mt-0.5 inline-flex size-5 shrink-0 items-center justify-center rounded-full text-xs font-bold ${
                  ok ? "bg-emerald-100 text-emerald-700" : "bg-amber-100 text-amber-700"
                }`}
              >
                {ok ? "✓" : "!"}
              </span>
              <span className={ok ? "text-slate-900" : "text-slate-600"}>
                {t(`selfIntro.checks.${check}`)}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
