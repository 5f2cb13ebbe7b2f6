import { z } from "zod";

/** The languages the coding sandbox runs. */
export const codingLanguageSchema = z.enum(["python", "javascript", "java", "c", "cpp"]);
export type CodingLanguage = z.infer<typeof codingLanguageSchema>;
export const CODING_LANGUAGES: readonly CodingLanguage[] = codingLanguageSchema.options;

/** Source and stdin sizes the API accepts; the sandbox enforces the same caps. */
export const MAX_SOURCE_BYTES = 64 * 1024;
export const MAX_STDIN_BYTES = 1024 * 1024;

export const executeBodySchema = z.object({
  language: codingLanguageSchema,
  source: z.string().min(1).max(MAX_SOURCE_BYTES),
  stdin: z.string().max(MAX_STDIN_BYTES).optional(),
});
export type ExecuteBody = z.infer<typeof executeBodySchema>;

export const executeStatusSchema = z.enum([
  "ok",
  "compile_error",
  "runtime_error",
  "time_limit",
  "memory_limit",
  "output_limit",
]);
export type ExecuteStatus = z.infer<typeof executeStatusSchema>;

export const executeResultSchema = z.object({
  status: executeStatusSchema,
  stdout: z.string(),
  /** The program's stderr, or the compiler's messages for compile_error. */
  stderr: z.string(),
  /** Null when the program was killed by a signal or never started. */
  exitCode: z.number().int().nullable(),
  /** CPU time (user + system) of the program. */
  timeMs: z.number().int().min(0),
  /** Peak resident memory of everything the program ran. */
  memoryKb: z.number().int().min(0),
  wallMs: z.number().int().min(0).optional(),
  signal: z.string().optional(),
});
export type ExecuteResult = z.infer<typeof executeResultSchema>;

export const verdictSchema = z.enum([
  "accepted",
  "wrong_answer",
  "time_limit",
  "memory_limit",
  "runtime_error",
  "compile_error",
  "output_limit",
]);
export type Verdict = z.infer<typeof verdictSchema>;

export const submissionBodySchema = z.object({
  problemId: z.string().min(1).max(64),
  language: codingLanguageSchema,
  source: z.string().min(1).max(MAX_SOURCE_BYTES),
  sessionId: z.string().max(64).optional(),
});
export type SubmissionBody = z.infer<typeof submissionBodySchema>;

export const testResultSchema = z.object({
  verdict: verdictSchema,
  /** CPU time and peak memory: sample tests only. A secret test reports its verdict alone, since exact
   * per-test figures would let a program spell out the secret input through them. */
  timeMs: z.number().int().min(0).optional(),
  memoryKb: z.number().int().min(0).optional(),
  /** Samples are shown to the candidate; secret tests are not. */
  sample: z.boolean().optional(),
});
export type TestResult = z.infer<typeof testResultSchema>;

export const codeAnalysisSchema = z.object({
  /** Estimated time complexity, e.g. "O(n^2)". */
  complexity: z.string(),
  notes: z.array(z.string()),
});
export type CodeAnalysis = z.infer<typeof codeAnalysisSchema>;

export const submissionResultSchema = z.object({
  verdict: verdictSchema,
  /** The tests run, in order; judging stops at the first failing test. */
  tests: z.array(testResultSchema),
  analysis: codeAnalysisSchema,
  testCount: z.number().int().min(0).optional(),
  /** The slowest test's CPU time (rounded up to 10 ms) and the largest peak memory (rounded up to 1 MB)
   * over the tests run, secret ones included. */
  timeMs: z.number().int().min(0).optional(),
  memoryKb: z.number().int().min(0).optional(),
  /** Compiler messages for compile_error, the first lines of stderr for runtime_error. */
  message: z.string().optional(),
});
export type SubmissionResult = z.infer<typeof submissionResultSchema>;

export const difficultySchema = z.enum(["easy", "medium", "hard"]);
export type Difficulty = z.infer<typeof difficultySchema>;

export const problemSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  difficulty: difficultySchema,
});
export type ProblemSummary = z.infer<typeof problemSummarySchema>;

export const problemListSchema = z.object({ problems: z.array(problemSummarySchema) });
export type ProblemList = z.infer<typeof problemListSchema>;

export const problemLimitsSchema = z.object({
  /** CPU time per test for C and C++; other languages get the sandbox's language factors. */
  timeMs: z.number().int().min(1),
  memoryMb: z.number().int().min(1),
  outputKb: z.number().int().min(1),
});
export type ProblemLimits = z.infer<typeof problemLimitsSchema>;

export const problemDetailSchema = z.object({
  id: z.string(),
  title: z.string(),
  difficulty: difficultySchema,
  /** Markdown, in the requested language. */
  statement: z.string(),
  samples: z.array(z.object({ input: z.string(), output: z.string() })),
  limits: problemLimitsSchema,
  starterCode: z.record(codingLanguageSchema, z.string()),
  /** Numbers in the output may differ by this much, absolutely or relatively (the judge's rule). */
  floatTolerance: z.number().positive().optional(),
});
export type ProblemDetail = z.infer<typeof problemDetailSchema>;
