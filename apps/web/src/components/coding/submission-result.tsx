import type { SubmissionResult as Result } from "@studio/protocol";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { AnalysisPanel } from "./analysis-panel";
import { OutputBlock } from "./output-block";
import { TestTable } from "./test-table";
import { VerdictBanner } from "./verdict-banner";

/** The judge's verdict, each test it ran, the compiler's or runtime's message and the code analysis. */
export function SubmissionResult({ result }: { result: Result }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLElement>(null);
  // A new verdict may appear below the fold, under the editor.
  useEffect(() => {
    // Braces matter: Chromium's scrollIntoView returns a promise, which React would take for a cleanup.
    ref.current?.scrollIntoView({ block: "nearest", behavior: "smooth" });
  }, []);
  return (
    <section ref={ref} aria-label={t("coding.submissionResult")} className="card space-y-5 p-4 sm:p-5">
      <VerdictBanner result={result} />
      {result.message && (
        <OutputBlock
          title={result.verdict === "compile_error" ? t("coding.compilerMessage") : t("coding.stderr")}
          text={result.message}
          tone="error"
        />
      )}
      {result.tests.length > 0 && <TestTable tests={result.tests} />}
      <AnalysisPanel analysis={result.analysis} />
    </section>
  );
}
