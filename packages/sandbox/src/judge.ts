import { readFile } from "node:fs/promises";
import type { CodingLanguage, ExecuteStatus, SubmissionResult, TestResult, Verdict } from "@studio/protocol";
import { analyzeSource, type NoteLocale } from "./analysis/analyze-source";
import { outputsMatch } from "./compare-output";
import type { Problem, ProblemTest } from "./problems/problem";
import { type CompiledProgram, compileProgram, type RunContext, runProgram } from "./run-program";

const VERDICT_OF: Record<Exclude<ExecuteStatus, "ok">, Verdict> = {
  compile_error: "compile_error",
  runtime_error: "runtime_error",
  time_limit: "time_limit",
  memory_limit: "memory_limit",
  output_limit: "output_limit",
};

/** The first lines of a failing sample's stderr; never a secret test's, whose data it could echo. */
function sampleMessage(stderr: string): string | undefined {
  const lines = stderr.trim().split("\n").slice(-20).join("\n");
  return lines || undefined;
}

async function runTest(
  context: RunContext,
  problem: Problem,
  program: CompiledProgram,
  test: ProblemTest,
): Promise<{ result: TestResult; message?: string }> {
  const [input, answer] = await Promise.all([
    readFile(test.inputPath, "utf8"),
    readFile(test.answerPath, "utf8"),
  ]);
  const run = await runProgram(context, program, problem.limits, input);
  const verdict =
    run.status === "ok"
      ? outputsMatch(answer, run.stdout, problem.floatTolerance)
        ? "accepted"
        : "wrong_answer"
      : VERDICT_OF[run.status];
  const result = { verdict, timeMs: run.timeMs, memoryKb: run.memoryKb, sample: test.sample };
  const message = test.sample && verdict === "runtime_error" ? sampleMessage(run.stderr) : undefined;
  return message ? { result, message } : { result };
}

/**
 * Compiles once, then runs the samples and the secret tests in order and stops at the first test that
 * fails: its verdict is the submission's. The analysis is static and comes with every verdict.
 */
export async function judgeSubmission(
  context: RunContext,
  problem: Problem,
  { language, source, locale }: { language: CodingLanguage; source: string; locale?: NoteLocale },
): Promise<SubmissionResult> {
  const analysis = analyzeSource(language, source, locale);
  const testCount = problem.tests.length;
  const compiled = await compileProgram(context, language, source);
  if (!compiled.ok) {
    return { verdict: "compile_error", tests: [], analysis, testCount, message: compiled.result.stderr };
  }
  const tests: TestResult[] = [];
  for (const test of problem.tests) {
    const { result, message } = await runTest(context, problem, compiled.program, test);
    tests.push(result);
    if (result.verdict !== "accepted") {
      return { verdict: result.verdict, tests, analysis, testCount, ...(message ? { message } : {}) };
    }
  }
  return { verdict: "accepted", tests, analysis, testCount };
}
