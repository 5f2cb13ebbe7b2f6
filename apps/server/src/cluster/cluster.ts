import type { ClusterStatus, ServiceStatus } from "@studio/protocol";
import type { ProblemSet, Sandbox } from "@studio/sandbox";
import { Queue, QueueEvents, Worker } from "bullmq";
import { Redis } from "ioredis";
import { PENDING_SWEEP_JOB } from "../coding/pending-sweep-job";
import type { Config } from "../config";
import { REPORT_JOB } from "../interview/report-job";
import { lockSettings, PREFIX } from "../jobs/bullmq-queue";
import { CLEANUP_JOB } from "../jobs/cleanup-job";
import { INDEX_RESUME_JOB } from "../resume/index-resume-job";
import { ClusterLiveConnections } from "./cluster-live-connections";
import { type CodingJobProbe, codingJobProbe } from "./coding-job-probe";
import { CODING_QUEUE, type CodingJob, runCodingJob } from "./coding-jobs";
import { JobLedger } from "./job-ledger";
import { PendingTurns } from "./pending-turns";
import { queuedSandbox } from "./queued-sandbox";
import { consumesJobs } from "./role";
import { nodeId, WorkerRegistry } from "./worker-registry";

const QUEUES = [REPORT_JOB, INDEX_RESUME_JOB, CLEANUP_JOB, PENDING_SWEEP_JOB, CODING_QUEUE];

/** What a node of a Redis-backed deployment shares with the others (see README "Running as a cluster"). */
export interface Cluster {
  readonly node: string;
  readonly ledger: JobLedger;
  readonly workers: WorkerRegistry;
  readonly pendingTurns: PendingTurns;
  readonly liveConnections: ClusterLiveConnections;
  /** Coding jobs by id, for the sweep of submissions whose node was lost (coding/pending-sweep.ts). */
  readonly codingJobs: CodingJobProbe;
  /** The sandbox the coding routes use: runs go to worker processes as BullMQ jobs. */
  codingSandbox(local: Sandbox): Sandbox;
  /** Takes coding runs off the queue (workers and ROLE=all) and announces this worker. */
  startWorking(sandbox: Sandbox, problems: ProblemSet): Promise<void>;
  status(): Promise<ClusterStatus>;
  codingStatus(): Promise<ServiceStatus>;
  close(): Promise<void>;
}

export async function createCluster(config: Config, redisUrl: string): Promise<Cluster> {
  const node = nodeId();
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: 2 });
  const subscriber = new Redis(redisUrl, { maxRetriesPerRequest: null });
  const bull = new Redis(redisUrl, { maxRetriesPerRequest: null });
  const workers = new WorkerRegistry(redis);
  const codingQueue = new Queue<CodingJob>(CODING_QUEUE, { connection: bull, prefix: PREFIX });
  const depthQueues = QUEUES.map((name) => new Queue(name, { connection: bull, prefix: PREFIX }));
  const liveConnections = await ClusterLiveConnections.create(redis, subscriber);
  const ledger = new JobLedger(redis);
  let events: QueueEvents | null = null;
  let codingWorker: Worker | null = null;
  let working = false;

  return {
    node,
    ledger,
    workers,
    pendingTurns: new PendingTurns(redis),
    liveConnections,
    codingJobs: codingJobProbe(codingQueue),
    codingSandbox(local) {
      events ??= new QueueEvents(CODING_QUEUE, { connection: bull.duplicate(), prefix: PREFIX });
      return queuedSandbox(local, codingQueue, events, workers, config.CODING_TIMEOUT_SECONDS * 1000);
    },
    async startWorking(sandbox, problems) {
      if (!consumesJobs(config.ROLE) || working) return;
      working = true;
      codingWorker = new Worker<CodingJob>(
        CODING_QUEUE,
        async (job) => {
          await ledger.record("started", CODING_QUEUE, job.id ?? "");
          const outcome = await runCodingJob(sandbox, problems, job.data);
          await ledger.record("completed", CODING_QUEUE, job.id ?? "");
          return outcome;
        },
        {
          connection: bull.duplicate(),
          prefix: PREFIX,
          concurrency: Math.max(1, sandbox.load().concurrency),
          ...lockSettings(config.JOB_LOCK_SECONDS * 1000),
        },
      );
      await workers.start(node);
    },
    async status() {
      const [seen, depths] = await Promise.all([
        workers.seen(),
        Promise.all(depthQueues.map((q) => q.getJobCounts("waiting", "active", "delayed", "failed"))),
      ]);
      return {
        role: config.ROLE,
        node,
        workers: seen,
        queues: depths.map((c, i) => ({
          name: QUEUES[i] ?? "",
          waiting: c.waiting ?? 0,
          active: c.active ?? 0,
          delayed: c.delayed ?? 0,
          failed: c.failed ?? 0,
        })),
      };
    },
    async codingStatus() {
      const seen = await workers.seen();
      return {
        enabled: seen.length > 0,
        provider: "bubblewrap on workers",
        detail: `coding runs go to ${seen.length} worker(s) seen in the last minute`,
        ...(seen.length === 0 ? { degraded: true } : {}),
      };
    },
    async close() {
      if (working) await workers.stop(node);
      await codingWorker?.close();
      await events?.close();
      await Promise.all([codingQueue, ...depthQueues].map((q) => q.close()));
      for (const connection of [redis, subscriber, bull]) connection.disconnect();
    },
  };
}
