import type { CodingLanguage, ProblemDetail } from "@studio/protocol";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { executeCode, submitCode } from "../api/coding-api";
import { queryKeys } from "../api/query-keys";
import { runSamples } from "../coding/run-samples";
import { currentUiLanguage } from "../i18n";

interface Program {
  language: CodingLanguage;
  source: string;
}

/** Running the samples, running custom input and submitting: one at a time. */
export function useCodeRuns(problem: ProblemDetail, sessionId: string | undefined) {
  const queryClient = useQueryClient();
  const [samplesDone, setSamplesDone] = useState(0);
  const [last, setLast] = useState<"samples" | "custom" | "submission">("samples");

  const samples = useMutation({
    onMutate: () => setLast("samples"),
    mutationFn: ({ language, source }: Program) =>
      runSamples(language, source, problem.samples, setSamplesDone, problem.floatTolerance),
  });
  const custom = useMutation({
    onMutate: () => setLast("custom"),
    mutationFn: ({ language, source, stdin }: Program & { stdin: string }) =>
      executeCode({ language, source, stdin }),
  });
  const submission = useMutation({
    onMutate: () => setLast("submission"),
    mutationFn: ({ language, source }: Program) =>
      submitCode(
        { problemId: problem.id, language, source, ...(sessionId ? { sessionId } : {}) },
        currentUiLanguage(),
      ),
    onSuccess: () => {
      // The interview's report lists the coding submissions made from it.
      if (sessionId) void queryClient.invalidateQueries({ queryKey: queryKeys.report(sessionId) });
    },
  });

  const reset = () => {
    samples.reset();
    custom.reset();
    submission.reset();
  };

  return {
    samples,
    samplesDone,
    custom,
    submission,
    reset,
    /** The failure of the latest action only; an older one is out of date. */
    error: { samples, custom, submission }[last].error,
    busy: samples.isPending || custom.isPending || submission.isPending,
  };
}
