import type { AppServices } from "../services";
import { PendingSweep, type SweepCounts } from "./pending-sweep";
import { submissionDeadlines } from "./submission-deadline";
import { SubmissionStore } from "./submission-store";

export const PENDING_SWEEP_JOB = "sweep-pending-submissions";

interface Logger {
  info(obj: object, msg: string): void;
}

/** The sweep of lost pending submissions (coding/pending-sweep.ts) for these services. */
export function pendingSweep(services: AppServices): PendingSweep {
  const cluster = services.cluster;
  return new PendingSweep({
    store: new SubmissionStore(services.db),
    deadlines: submissionDeadlines(services),
    jobs: cluster?.codingJobs ?? null,
    workersAlive: async () => (cluster ? (await cluster.workers.seen()).length > 0 : true),
  });
}

/**
 * Sweeps every PENDING_SWEEP_SECONDS, scheduled once per cluster like the cleanup job (BullMQ keeps one
 * schedule per name; in one process it is a timer). On embedded PGlite this process is the only one that
 * can use the database, so at its start every pending row was left by a process that stopped: swept now.
 */
export async function registerPendingSweepJob(services: AppServices, log: Logger): Promise<void> {
  const sweep = pendingSweep(services);
  const report = (counts: SweepCounts) => {
    if (counts.failed + counts.recovered > 0) log.info({ ...counts }, "pending coding submissions swept");
  };
  services.queue.register(PENDING_SWEEP_JOB, async () => report(await sweep.sweep()));
  await services.queue.repeat(PENDING_SWEEP_JOB, services.config.PENDING_SWEEP_SECONDS * 1000, {});
  if (!services.config.DATABASE_URL) report(await sweep.sweep({ everyPending: true }));
}
