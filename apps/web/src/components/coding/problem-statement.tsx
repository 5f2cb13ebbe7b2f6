import type { ProblemDetail } from "@studio/protocol";
import { useTranslation } from "react-i18next";
import { DifficultyBadge } from "./difficulty-badge";
import { MarkdownView } from "./markdown-view";
import { ProblemLimits } from "./problem-limits";
import { SampleBlock } from "./sample-block";

/** The statement's own "# Title" line repeats the heading shown above it. */
const withoutTitle = (statement: string) => statement.replace(/^\s*#\s[^\n]*\n+/, "");

export function ProblemStatement({ problem }: { problem: ProblemDetail }) {
  const { t } = useTranslation();
  return (
    <section
      aria-labelledby="problem-title"
      className="card space-y-6 p-5 sm:p-6"
      data-testid="problem-statement"
    >
      <header className="space-y-3">
        <div className="flex flex-wrap items-center gap-2">
          <h1 id="problem-title" className="text-2xl font-bold tracking-tight text-slate-900">
            {problem.title}
          </h1>
          <DifficultyBadge difficulty={problem.difficulty} />
        </div>
        <ProblemLimits limits={problem.limits} />
      </header>

      <MarkdownView source={withoutTitle(problem.statement)} />

      {problem.samples.length > 0 && (
        <div className="space-y-4">
          <h2 className="text-base font-semibold text-slate-900">{t("coding.samples")}</h2>
          {problem.samples.map((sample, i) => (
            // Samples have no id and never reorder.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above.
            <div key={i} className="space-y-2">
              <h3 className="text-sm font-semibold text-slate-700">
                {t("coding.sampleNumber", { number: i + 1 })}
              </h3>
              <div className="grid gap-3 sm:grid-cols-2">
                <SampleBlock
                  title={t("coding.input")}
                  text={sample.input}
                  copyLabel={t("coding.copyInput", { number: i + 1 })}
                />
                <SampleBlock
                  title={t("coding.output")}
                  text={sample.output}
                  copyLabel={t("coding.copyOutput", { number: i + 1 })}
                />
              </div>
            </div>
          ))}
        </div>
      )}
    </section>
  );
}
