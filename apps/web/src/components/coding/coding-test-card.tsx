import type { CodingProblemProgress } from "@studio/protocol";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { buttonClass } from "../button-styles";
import { CodeIcon } from "../icons";

/** The dashboard's way into the coding test. */
export function CodingTestCard({ marks }: { marks?: Record<string, CodingProblemProgress> }) {
  const { t } = useTranslation();
  const all = Object.values(marks ?? {});
  const solved = all.filter((m) => m.status === "solved").length;
  return (
    <section aria-labelledby="coding-card-title" className="card space-y-3 p-5">
      <div className="flex items-center gap-3">
        <span
          aria-hidden="true"
          className="flex size-10 items-center justify-center rounded-xl bg-brand-50 text-brand-700"
        >
          <CodeIcon />
        </span>
        <h2 id="coding-card-title" className="font-semibold text-slate-900">
          {t("coding.title")}
        </h2>
      </div>
      <p className="text-sm leading-6 text-slate-600">{t("dashboard.coding.body")}</p>
      {all.length > 0 && (
        <p className="text-sm font-medium text-slate-900" data-testid="coding-marks-summary">
          {t("progress.coding.summary", { solved, attempted: all.length - solved })}
        </p>
      )}
      <Link to="/coding" className={buttonClass("secondary", "sm", "w-full")} data-testid="dashboard-coding">
        {t("dashboard.coding.cta")} →
      </Link>
    </section>
  );
}
