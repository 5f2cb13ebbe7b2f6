import type { ExecuteResult } from "@studio/protocol";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { buttonClass } from "../button-styles";
import { OutputBlock } from "./output-block";
import { RunStats } from "./run-stats";
import { RunStatusPill } from "./run-status-pill";

interface CustomRunProps {
  stdin: string;
  onStdinChange: (stdin: string) => void;
  onRun: () => void;
  busy: boolean;
  running: boolean;
  result: ExecuteResult | undefined;
}

/** Runs the program on input the user types, and shows everything it printed. */
export function CustomRun({ stdin, onStdinChange, onRun, busy, running, result }: CustomRunProps) {
  const { t } = useTranslation();
  const inputId = useId();
  return (
    <section aria-labelledby={`${inputId}-title`} className="card space-y-4 p-4 sm:p-5">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id={`${inputId}-title`} className="font-semibold text-slate-900">
          {t("coding.customTitle")}
        </h2>
        <button
          type="button"
          data-testid="run-custom"
          className={buttonClass("secondary", "sm")}
          onClick={onRun}
          disabled={busy}
        >
          {running ? t("coding.running") : t("coding.runCustom")}
        </button>
      </div>
      <div className="space-y-1">
        <label htmlFor={inputId} className="text-xs font-semibold text-slate-600">
          {t("coding.stdin")}
        </label>
        <textarea
          id={inputId}
          data-testid="custom-input"
          value={stdin}
          onChange={(event) => onStdinChange(event.target.value)}
          rows={4}
          spellCheck={false}
          placeholder={t("coding.stdinPlaceholder")}
          className="block w-full resize-y rounded-lg border border-slate-300 bg-white px-3 py-2 font-mono text-[13px] leading-6 text-slate-800 placeholder:text-slate-400 focus-visible:outline-2 focus-visible:outline-brand-600"
        />
      </div>
      {result && (
        <div data-testid="run-output" data-status={result.status} className="space-y-3" aria-live="polite">
          <div className="flex flex-wrap items-center gap-3">
            <RunStatusPill status={result.status} />
            <RunStats result={result} />
          </div>
          <OutputBlock title={t("coding.stdout")} text={result.stdout} />
          {result.stderr && (
            <OutputBlock
              title={result.status === "compile_error" ? t("coding.compilerMessage") : t("coding.stderr")}
              text={result.stderr}
              tone="error"
            />
          )}
        </div>
      )}
    </section>
  );
}
