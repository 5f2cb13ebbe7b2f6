import { CRITERIA, type PersonalBest, type Progress } from "@studio/protocol";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { formatDateTime } from "../../format-time";

function BestRow({ label, best, max }: { label: string; best: PersonalBest; max: number }) {
  const { i18n } = useTranslation();
  return (
    <li className="flex items-baseline justify-between gap-3 py-2">
      <span className="min-w-0 text-sm text-slate-600">
        {label}
        <Link
          to={`/report/${best.sessionId}`}
          className="block text-xs text-slate-400 hover:text-brand-700 hover:underline"
        >
          {formatDateTime(best.at, i18n.language)}
        </Link>
      </span>
      <span className="font-semibold tabular-nums text-slate-900">
        {best.value} <span className="text-xs font-normal text-slate-500">/ {max}</span>
      </span>
    </li>
  );
}

/** The candidate's best interview, best single answer and best interview per criterion. */
export function PersonalBests({ progress }: { progress: Progress }) {
  const { t } = useTranslation();
  const { interview, answer, byCriterion } = progress.bests;
  return (
    <section aria-labelledby="bests-title" className="card p-5" data-testid="personal-bests">
      <h2 id="bests-title" className="mb-2 font-semibold text-slate-900">
        {t("progress.bests.title")}
      </h2>
      {interview && answer ? (
        <ul className="divide-y divide-slate-100">
          <BestRow label={t("progress.bests.interview")} best={interview} max={25} />
          <BestRow
            label={t("progress.bests.answer", { category: t(`categories.${answer.category ?? "intro"}`) })}
            best={answer}
            max={25}
          />
          {CRITERIA.map((c) => {
            const best = byCriterion[c];
            return best ? <BestRow key={c} label={t(`criteria.${c}`)} best={best} max={5} /> : null;
          })}
        </ul>
      ) : (
        <p className="text-sm text-slate-500" data-testid="bests-empty">
          {t("progress.bests.empty")}
        </p>
      )}
    </section>
  );
}
