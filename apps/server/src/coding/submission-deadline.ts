import { CODING_LANGUAGES, type CodingLanguage } from "@studio/protocol";
import { judgeBudgetMs, type Problem, type ProblemSet, type Sandbox } from "@studio/sandbox";

/** Room for the writes around a verdict (the row, the queue's bookkeeping) on a loaded machine. */
const WRITE_GRACE_MS = 5_000;

/**
 * When a pending submission's verdict is overdue, from the limits of the run it waits on: past that, the
 * request that would store the verdict is gone, so the row is lost (coding/pending-sweep.ts decides).
 *
 * - In a cluster the API node waits at most CODING_TIMEOUT_SECONDS for a worker, then answers and
 *   deletes the row itself: a row older than that has no node waiting on it (the job may still run).
 * - In one process the run holds a sandbox slot until its last test ends: the runs ahead of it in the
 *   sandbox's queue (each at most the longest judge of any problem) plus its own judge, every phase to
 *   its wall clock.
 */
export class SubmissionDeadlines {
  private readonly longestJudgeMs: number;

  constructor(
    problems: ProblemSet,
    private readonly sandbox: Sandbox,
    /** Null in one process: the route waits on the local sandbox, with no timeout of its own. */
    private readonly queueTimeoutMs: number | null,
  ) {
    const budgets = problems.problems.flatMap((p) => CODING_LANGUAGES.map((l) => judgeBudgetMs(p, l)));
    this.longestJudgeMs = Math.max(0, ...budgets);
  }

  /** The deadline of a submission of `problem` in `language` stored now. */
  deadlineFor(problem: Problem, language: CodingLanguage, now = new Date()): Date {
    if (this.queueTimeoutMs !== null) return new Date(now.getTime() + this.queueTimeoutMs + WRITE_GRACE_MS);
    return new Date(now.getTime() + this.waitForSlotMs() + judgeBudgetMs(problem, language) + WRITE_GRACE_MS);
  }

  /** How long a row stored before deadlines existed may be pending: as long as the longest judge now. */
  undatedBudgetMs(): number {
    if (this.queueTimeoutMs !== null) return this.queueTimeoutMs + WRITE_GRACE_MS;
    return this.waitForSlotMs() + this.longestJudgeMs + WRITE_GRACE_MS;
  }

  /** Full waves of runs ahead in the local sandbox's queue, each as long as the longest judge. */
  private waitForSlotMs(): number {
    const { running, queued, concurrency } = this.sandbox.load();
    return Math.floor((running + queued) / Math.max(1, concurrency)) * this.longestJudgeMs;
  }
}

/** The deadlines the coding routes store and the sweep reads, from the server's configuration. */
export function submissionDeadlines(services: {
  problems: ProblemSet;
  sandbox: Sandbox;
  cluster: unknown;
  config: { CODING_TIMEOUT_SECONDS: number };
}): SubmissionDeadlines {
  const queueTimeoutMs = services.cluster ? services.config.CODING_TIMEOUT_SECONDS * 1000 : null;
  return new SubmissionDeadlines(services.problems, services.sandbox, queueTimeoutMs);
}
