import type { SubmissionResult } from "@studio/protocol";
import { useTranslation } from "react-i18next";
import { VERDICT_BANNER_STYLES } from "../../coding/verdict-styles";

export function VerdictBanner({ result }: { result: SubmissionResult }) {
  const { t } = useTranslation();
  const { verdict, tests } = result;
  const passed = tests.filter((test) => test.verdict === "accepted").length;
  const total = result.testCount ?? tests.length;
  const slowest = result.timeMs ?? tests.reduce((max, test) => Math.max(max, test.timeMs ?? 0), 0);
  const accepted = verdict === "accepted";
  return (
    <div
      role="status"
      data-testid="verdict"
      data-verdict={verdict}
      className={`flex flex-wrap items-center gap-x-4 gap-y-2 rounded-xl border px-4 py-3 ${VERDICT_BANNER_STYLES[verdict]}`}
    >
      <span aria-hidden="true" className="text-2xl leading-none">
        {accepted ? "✓" : "✗"}
      </span>
      <div className="min-w-0 flex-1">
        <p className="text-lg font-bold">{t(`coding.verdict.${verdict}`)}</p>
        <p className="text-sm opacity-90">{t(`coding.verdictHint.${verdict}`)}</p>
      </div>
      {total > 0 && verdict !== "compile_error" && (
        <p className="text-sm font-semibold tabular-nums">
          {t("coding.testsPassed", { passed, total })}
          {accepted && <span className="font-normal"> · {t("coding.slowest", { ms: slowest })}</span>}
        </p>
      )}
    </div>
  );
}
