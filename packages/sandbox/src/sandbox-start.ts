import { reapOrphanedSandboxes } from "./orphaned-sandboxes";
import type { PhaseJob, PhaseOutcome, PhaseSpawn, StartedPhase } from "./run-phase";
import { startPhase } from "./run-phase";
import type { RunContext } from "./run-program";
import { SandboxBusyError } from "./sandbox-errors";

/** Starts a sandbox for the spawn (root mode: on a free uid of the range, in a cgroup of its own). */
export function startSandbox(
  context: RunContext,
  spawn: PhaseSpawn,
  skip?: ReadonlySet<number>,
): { phase: StartedPhase; uid?: number } | undefined {
  if (!context.uids) return { phase: startPhase(spawn) };
  const lease = context.uids.lease(skip);
  if (!lease) return undefined;
  try {
    const cgroup = context.cgroups?.create(spawn.limits);
    // The uid is free once bubblewrap has exited: its pid namespace takes everything of the run with it
    // (--die-with-parent). The outcome may come a few ms before that.
    const phase = startPhase({
      ...spawn,
      uids: { supervisor: lease.uid, program: lease.programUid },
      lockFd: lease.lockFd,
      onExit: () => lease.release(),
      ...(cgroup ? { cgroup } : {}),
    });
    return { phase, uid: lease.uid };
  } catch (error) {
    lease.release();
    throw error;
  }
}

/** A warm sandbox that never ran the job (it died waiting, or its uid lock was held elsewhere). */
export function neverRan(outcome: PhaseOutcome): boolean {
  if (outcome.report) return outcome.report.lock === "busy";
  return !outcome.hostKilled && !outcome.cgroup?.oomKills;
}

/**
 * How often a run looks at the uids again when other processes held them all: two servers starting runs
 * at once each see the uid the other is trying as taken for a moment, so the range looks full when it is
 * not (seen in CI under load). Waits 0.2, 0.4, 0.6 s before giving up.
 */
const BUSY_RETRIES_MS = [200, 400, 600];

export async function freshPhase(
  context: RunContext,
  spawn: PhaseSpawn,
  job: PhaseJob,
): Promise<PhaseOutcome> {
  // Another server on this host may hold a uid: its supervisor says "busy" at once, and we take the next.
  const busy = new Set<number>();
  let retries = 0;
  let reaped = false;
  for (;;) {
    const started = startSandbox(context, spawn, busy);
    if (!started) {
      // Warm sandboxes hold uids too: a run comes first.
      if (await context.warm?.evict()) continue;
      // A uid held by a sandbox whose server died is freed (once: the kill may take a moment to land).
      if (busy.size > 0 && context.uids && !reaped) {
        reaped = true;
        if (reapOrphanedSandboxes(context.uids.uids) > 0) {
          busy.clear();
          continue;
        }
      }
      // Also when this process holds them all: a phase's uid is free only once its bwrap has exited,
      // a few ms after its outcome (a uid found busy, then freed, is taken again at once).
      const wait = BUSY_RETRIES_MS[retries++];
      if (wait === undefined) {
        throw new SandboxBusyError(0, `every sandbox uid is in use (${busy.size} by other processes)`);
      }
      busy.clear();
      await new Promise((resolve) => setTimeout(resolve, wait));
      continue;
    }
    const outcome = await started.phase.handOver(job);
    if (outcome.report?.lock !== "busy" || started.uid === undefined) return outcome;
    busy.add(started.uid);
  }
}
