import type { CodingLanguage, ProblemDetail } from "@studio/protocol";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { LANGUAGE_LABELS } from "../../coding/language-labels";
import { useCodeRuns } from "../../hooks/use-code-runs";
import { useRunShortcuts } from "../../hooks/use-run-shortcuts";
import { useSolutionCode } from "../../hooks/use-solution-code";
import { errorMessage } from "../../i18n/error-message";
import { ErrorAlert } from "../error-alert";
import { CodeEditor, type CodeEditorHandle } from "./code-editor";
import { CustomRun } from "./custom-run";
import { EditorToolbar } from "./editor-toolbar";
import { JudgingNotice } from "./judging-notice";
import { ProblemStatement } from "./problem-statement";
import { RunActions } from "./run-actions";
import { SampleResults } from "./sample-results";
import { SubmissionResult } from "./submission-result";

interface ProblemWorkspaceProps {
  problem: ProblemDetail;
  /** The interview the submissions count towards, when the test was opened from its report. */
  sessionId: string | undefined;
}

/** The statement on the left; the editor, runs and verdict on the right. */
export function ProblemWorkspace({ problem, sessionId }: ProblemWorkspaceProps) {
  const { t } = useTranslation();
  const code = useSolutionCode(problem);
  const runs = useCodeRuns(problem, sessionId);
  const editor = useRef<CodeEditorHandle>(null);
  const [stdin, setStdin] = useState(problem.samples[0]?.input ?? "");
  const program = () => ({ language: code.language, source: code.source });
  const hasCode = code.source.trim() !== "";

  const runSamples = () => {
    if (!runs.busy && hasCode) runs.samples.mutate(program());
  };
  const submit = () => {
    if (!runs.busy && hasCode) runs.submission.mutate(program());
  };
  const runCustom = () => {
    if (!runs.busy && hasCode) runs.custom.mutate({ ...program(), stdin });
  };
  const changeLanguage = (language: CodingLanguage) => {
    runs.reset();
    code.setLanguage(language);
  };
  useRunShortcuts(runSamples, submit);

  return (
    <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,5fr)_minmax(0,7fr)]">
      <ProblemStatement problem={problem} />
      <div className="min-w-0 space-y-4">
        <div className="card overflow-hidden focus-within:border-brand-500 focus-within:ring-1 focus-within:ring-brand-500">
          <EditorToolbar
            language={code.language}
            onLanguageChange={changeLanguage}
            onReset={() => editor.current?.replaceCode(code.starter)}
            canReset={!code.isStarter}
            disabled={runs.busy}
          />
          <CodeEditor
            key={`${problem.id}:${code.language}`}
            ref={editor}
            language={code.language}
            initialCode={code.source}
            label={t("coding.editorLabel", { language: LANGUAGE_LABELS[code.language] })}
            onChange={code.setSource}
            onRun={runSamples}
            onSubmit={submit}
          />
        </div>
        <RunActions busy={runs.busy || !hasCode} onRunSamples={runSamples} onSubmit={submit} />
        {runs.error && <ErrorAlert>{errorMessage(t, runs.error)}</ErrorAlert>}
        {runs.submission.isPending && <JudgingNotice />}
        {runs.submission.data && <SubmissionResult result={runs.submission.data} />}
        <SampleResults
          runs={runs.samples.data}
          running={runs.samples.isPending}
          done={runs.samplesDone}
          total={problem.samples.length}
        />
        <CustomRun
          stdin={stdin}
          onStdinChange={setStdin}
          onRun={runCustom}
          busy={runs.busy || !hasCode}
          running={runs.custom.isPending}
          result={runs.custom.data}
        />
      </div>
    </div>
  );
}
