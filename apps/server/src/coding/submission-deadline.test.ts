import { judgeBudgetMs, loadProblems, PROBLEMS_DIR, type Sandbox } from "@studio/sandbox";
import { describe, expect, it } from "vitest";
import { SubmissionDeadlines } from "./submission-deadline";

const problems = await loadProblems(PROBLEMS_DIR);
const twoSum = problems.get("two-sum")!;
const now = new Date("2026-12-06T10:00:00Z");
/** Only load() is read: how many runs hold or wait for the local sandbox's slots. */
const sandboxWith = (running: number, queued: number, concurrency: number) =>
  ({ load: () => ({ running, queued, concurrency }) }) as unknown as Sandbox;
const after = (deadline: Date) => deadline.getTime() - now.getTime();

describe("SubmissionDeadlines", () => {
  it("in one process, leaves room for every phase of the judge to reach its wall clock", () => {
    const deadlines = new SubmissionDeadlines(problems, sandboxWith(0, 0, 2), null);
    for (const language of ["python", "c", "java"] as const) {
      const ms = after(deadlines.deadlineFor(twoSum, language, now));
      expect(ms).toBeGreaterThan(judgeBudgetMs(twoSum, language));
    }
    // A slower runtime gets more CPU time per test, so its deadline is later.
    expect(after(deadlines.deadlineFor(twoSum, "python", now))).toBeGreaterThan(
      after(deadlines.deadlineFor(twoSum, "c", now)),
    );
  });

  it("in one process, adds a longest judge for each full wave of runs ahead in the sandbox's queue", () => {
    const idle = new SubmissionDeadlines(problems, sandboxWith(1, 0, 2), null);
    const busy = new SubmissionDeadlines(problems, sandboxWith(2, 5, 2), null);
    const longest = Math.max(
      ...problems.problems.flatMap((p) =>
        (["python", "javascript", "java", "c", "cpp"] as const).map((l) => judgeBudgetMs(p, l)),
      ),
    );
    const extra = after(busy.deadlineFor(twoSum, "c", now)) - after(idle.deadlineFor(twoSum, "c", now));
    expect(extra).toBe(3 * longest);
  });

  it("in a cluster, follows the API node's queue timeout whatever the problem", () => {
    const deadlines = new SubmissionDeadlines(problems, sandboxWith(9, 9, 1), 60_000);
    const python = after(deadlines.deadlineFor(twoSum, "python", now));
    expect(python).toBeGreaterThan(60_000);
    expect(python).toBeLessThan(120_000);
    expect(after(deadlines.deadlineFor(twoSum, "c", now))).toBe(python);
    expect(deadlines.undatedBudgetMs()).toBe(python);
  });
});
