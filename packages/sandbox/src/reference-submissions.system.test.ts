import { submissionResultSchema } from "@studio/protocol";
import { afterAll, describe, expect, it } from "vitest";
import { createSandbox } from "./create-sandbox";
import { leftoverProcesses } from "./host-leftovers";
import { LANGUAGES, runPhaseLimits } from "./languages";
import { loadProblems } from "./problems/load-problems";
import { PROBLEMS_DIR } from "./problems/problems-dir";
import { EXPECTED_VERDICT, referenceSubmissions } from "./problems/submission-files";

/**
 * Every reference submission of every problem package gets the verdict its folder names. Accepted ones
 * must pass comfortably (half the time limit); time-limit ones must pass the samples first, so it is the
 * size of the secret tests that stops them.
 */
const sandbox = createSandbox({ uidBase: 62_200, uidSlots: 4, maxQueue: 1000 });
const problems = await loadProblems(PROBLEMS_DIR);
const cases = await Promise.all(
  problems.problems.map(async (problem) => ({
    problem,
    submissions: await referenceSubmissions(problem.dir),
  })),
);

afterAll(async () => {
  expect(await leftoverProcesses(sandbox.uids)).toEqual([]);
});

describe.concurrent.each(cases)("$problem.id", ({ problem, submissions }) => {
  it.each(submissions)(
    "$group/$file",
    async ({ group, language, source }) => {
      const result = submissionResultSchema.parse(await sandbox.judge(problem, { language, source }));
      expect(result.verdict, result.message).toBe(EXPECTED_VERDICT[group]);
      const cpuLimit = runPhaseLimits(LANGUAGES[language], problem.limits).cpuMs;
      if (group === "accepted") {
        expect(result.tests).toHaveLength(problem.tests.length);
        // The slowest test's CPU (secret tests report no figures of their own), within the limit; how far
        // within depends on the machine's speed and load, so that margin is not asserted here.
        expect(result.timeMs).toBeLessThanOrEqual(cpuLimit + 10);
        for (const test of result.tests.filter((t) => !t.sample))
          expect(test).toEqual({ verdict: "accepted", sample: false });
      }
      if (group === "time_limit_exceeded") {
        expect(result.tests.filter((t) => t.sample).every((t) => t.verdict === "accepted")).toBe(true);
        expect(result.tests.at(-1)?.sample).toBe(false);
      }
      expect(result.analysis.complexity).toMatch(/^O\(/);
    },
    300_000,
  );
});
