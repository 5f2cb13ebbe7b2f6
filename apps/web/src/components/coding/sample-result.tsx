import { useTranslation } from "react-i18next";
import type { SampleRun } from "../../coding/run-samples";
import { OutputBlock } from "./output-block";
import { RunStats } from "./run-stats";
import { VerdictPill } from "./verdict-pill";

export function SampleResult({ run }: { run: SampleRun }) {
  const { t } = useTranslation();
  const { result } = run;
  const compileError = result.status === "compile_error";
  return (
    <li
      data-testid="sample-result"
      data-passed={run.passed}
      className={`space-y-3 rounded-xl border p-3 ${run.passed ? "border-emerald-200" : "border-rose-200"}`}
    >
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <span className="text-sm font-semibold text-slate-900">
          {t("coding.sampleNumber", { number: run.index + 1 })}
        </span>
        <VerdictPill
          verdict={run.passed ? "accepted" : result.status === "ok" ? "wrong_answer" : result.status}
          label={run.passed ? t("coding.passed") : undefined}
        />
        {!compileError && <RunStats result={result} />}
      </div>
      {!compileError && (
        <div className="grid gap-3 sm:grid-cols-2">
          <OutputBlock title={t("coding.expected")} text={run.expected} />
          <OutputBlock title={t("coding.actual")} text={result.stdout} />
        </div>
      )}
      {result.stderr && (
        <OutputBlock
          title={compileError ? t("coding.compilerMessage") : t("coding.stderr")}
          text={result.stderr}
          tone="error"
        />
      )}
    </li>
  );
}
