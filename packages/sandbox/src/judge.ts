import { readFile } from "node:fs/promises";
import type {
  CodingLanguage,
  ExecuteResult,
  ExecuteStatus,
  SubmissionResult,
  TestResult,
  Verdict,
} from "@studio/protocol";
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
): Promise<{ result: TestResult; run: ExecuteResult; message?: string }> {
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
  // Exact figures only for samples: per-test time or memory of a secret test would leak its input.
  const result: TestResult = test.sample
    ? { verdict, timeMs: run.timeMs, memoryKb: run.memoryKb, sample: true }
    : { verdict, sample: false };
  const message = test.sample && verdict === "runtime_error" ? sampleMessage(run.stderr) : undefined;
  return message ? { result, run, message } : { result, run };
}

/** The slowest test and the largest peak memory over the tests run, coarsely rounded. */
function aggregate(runs: ExecuteResult[]): { timeMs: number; memoryKb: number } {
  const time = Math.max(0, ...runs.map((run) => run.timeMs));
  const memory = Math.max(0, ...runs.map((run) => run.memoryKb));
  return { timeMs: Math.ceil(time / 10) * 10, memoryKb: Math.ceil(memory / 1024) * 1024 };
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
  const runs: ExecuteResult[] = [];
  for (const test of problem.tests) {
    const { result, run, message } = await runTest(context, problem, compiled.program, test);
    tests.push(result);
    runs.push(run);
    if (result.verdict !== "accepted") {
      const failed = { verdict: result.verdict, tests, analysis, testCount, ...aggregate(runs) };
      return message ? { ...failed, message } : failed;
    }
  }
  return { verdict: "accepted", tests, analysis, testCount, ...aggregate(runs) };
}
