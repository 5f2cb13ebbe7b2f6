import { submissionResultSchema } from "@studio/protocol";
import type { CodingJobProbe } from "../cluster/coding-job-probe";
import type { SubmissionDeadlines } from "./submission-deadline";
import { cleanResult, refusalCode, SUBMISSION_LOST } from "./submission-failures";
import type { SubmissionStore } from "./submission-store";

export interface SweepCounts {
  /** Marked failed: their run is lost, the candidate is told to submit again. */
  failed: number;
  /** Given the verdict a worker returned after the node waiting for it was gone. */
  recovered: number;
  /** Left pending: their job is still queued or running and a worker is alive to finish it. */
  kept: number;
}

type Outcome = keyof SweepCounts;

export interface PendingSweepDeps {
  store: SubmissionStore;
  deadlines: SubmissionDeadlines;
  /** The cluster's coding jobs; null in one process, where a run lives and dies with the process. */
  jobs: CodingJobProbe | null;
  /** True when some worker was seen lately (a cluster's worker registry). */
  workersAlive: () => Promise<boolean>;
}

/**
 * Settles submissions left pending by a node that stopped while it waited for their verdict. Only rows
 * past their deadline are looked at (no node can still be waiting on them), and in a cluster the job is
 * asked first: a job still queued or running with a worker alive is left alone, a verdict a worker
 * returned is stored, and anything else (job failed, removed, lost with Redis) becomes "failed".
 */
export class PendingSweep {
  constructor(private readonly deps: PendingSweepDeps) {}

  /**
   * `everyPending`: every pending row is overdue, whatever its deadline. True only when this process is
   * the only one that can use the database (embedded PGlite) and it has just started.
   */
  async sweep(options: { now?: Date; everyPending?: boolean } = {}): Promise<SweepCounts> {
    const now = options.now ?? new Date();
    const undatedBefore = new Date(now.getTime() - this.deps.deadlines.undatedBudgetMs());
    const cutoff = options.everyPending ? ("every" as const) : { now, undatedBefore };
    const counts: SweepCounts = { failed: 0, recovered: 0, kept: 0 };
    for (const row of await this.deps.store.overdue(cutoff)) {
      counts[await this.settle(row.id)]++;
    }
    return counts;
  }

  private async settle(id: string): Promise<Outcome> {
    const { store, jobs } = this.deps;
    const fail = async (code: string): Promise<Outcome> => ((await store.fail(id, code)) ? "failed" : "kept");
    if (!jobs) return fail(SUBMISSION_LOST);
    const job = await jobs.state(id);
    switch (job.state) {
      case "live":
        if (await this.deps.workersAlive()) return "kept";
        await jobs.cancel(id);
        return fail("WORKER_UNAVAILABLE");
      case "completed": {
        if (!job.outcome.ok) return fail(refusalCode(job.outcome));
        const result = submissionResultSchema.safeParse(job.outcome.result);
        if (!result.success) return fail("WORKER_FAILED");
        return (await store.recover(id, cleanResult(result.data))) ? "recovered" : "kept";
      }
      case "failed":
        return fail("WORKER_FAILED");
      case "missing":
        return fail(SUBMISSION_LOST);
    }
  }
}
