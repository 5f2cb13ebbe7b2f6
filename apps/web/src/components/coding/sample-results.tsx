import { useTranslation } from "react-i18next";
import type { SampleRun } from "../../coding/run-samples";
import { SampleResult } from "./sample-result";

interface SampleResultsProps {
  runs: SampleRun[] | undefined;
  running: boolean;
  done: number;
  total: number;
}

/** Each sample's pass or fail with the program's actual output. */
export function SampleResults({ runs, running, done, total }: SampleResultsProps) {
  const { t } = useTranslation();
  if (!running && !runs) return null;
  const passed = runs?.filter((run) => run.passed).length ?? 0;
  const allPassed = runs !== undefined && passed === total;
  return (
    <section aria-labelledby="sample-results-title" className="card space-y-4 p-4 sm:p-5" aria-busy={running}>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="sample-results-title" className="font-semibold text-slate-900">
          {t("coding.sampleResults")}
        </h2>
        <p
          aria-live="polite"
          className={`text-sm font-semibold ${running ? "text-slate-500" : allPassed ? "text-emerald-700" : "text-rose-700"}`}
        >
          {running
            ? t("coding.runningSample", { current: Math.min(done + 1, total), total })
            : t("coding.samplesPassed", { passed, total })}
        </p>
      </div>
      {runs && (
        <ol className="space-y-3">
          {runs.map((run) => (
            <SampleResult key={run.index} run={run} />
          ))}
        </ol>
      )}
    </section>
  );
}
