import type { CodingLanguage, ExecuteResult, ProblemDetail } from "@studio/protocol";
import { executeCode } from "../api/coding-api";
import { outputsMatch } from "./outputs-match";

export interface SampleRun {
  /** 0-based position among the problem's samples. */
  index: number;
  expected: string;
  result: ExecuteResult;
  passed: boolean;
}

/**
 * Runs the program on each sample in turn (the sandbox is shared, so not in parallel) and compares its
 * output token-wise. A compile error stops the run: every other sample would fail the same way.
 */
export async function runSamples(
  language: CodingLanguage,
  source: string,
  samples: ProblemDetail["samples"],
  onProgress: (done: number) => void,
  floatTolerance?: number,
): Promise<SampleRun[]> {
  const runs: SampleRun[] = [];
  for (const [index, sample] of samples.entries()) {
    onProgress(index);
    const result = await executeCode({ language, source, stdin: sample.input });
    const passed = result.status === "ok" && outputsMatch(sample.output, result.stdout, floatTolerance);
    runs.push({ index, expected: sample.output, result, passed });
    if (result.status === "compile_error") break;
  }
  onProgress(samples.length);
  return runs;
}
