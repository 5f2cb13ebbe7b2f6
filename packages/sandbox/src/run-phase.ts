import { spawn } from "node:child_process";
import type { Readable, Writable } from "node:stream";
import { FD } from "./bwrap-args";
import type { CgroupUsage, RunCgroup } from "./cgroup-runs";
import type { PhaseLimits } from "./limits";
import { capped, send } from "./phase-streams";
import { parseSupervisorReport, type SupervisorReport } from "./supervisor-report";
import { mapUidsWhenReady, type RunUids } from "./uid-map";

/** The host kills a phase this long after its wall clock, should the supervisor fail to. */
export const HOST_BACKSTOP_MS = 2000;

/** What a sandbox is started with, before any job: its arguments, uids, cgroup and limits. */
export interface PhaseSpawn {
  bwrap: string;
  args: string[];
  /** The supervisor's bytes, when the arguments have bubblewrap read them from FD.supervisor. */
  supervisor?: Buffer;
  limits: PhaseLimits;
  /** Root mode: the unprivileged host uids of the supervisor (bwrap runs as it) and of the program, and
   * the lease's lock file (FD.lock). */
  uids?: RunUids;
  lockFd?: number;
  /** Root mode on a host with a delegated cgroup v2: the run's own cgroup (placed before it starts). */
  cgroup?: RunCgroup;
  /** Called once bubblewrap has exited (after the outcome, which may come first): its uid is free again. */
  onExit?: () => void;
}

/** The job a started sandbox waits for: the files unpacked into /work, and the program's stdin. */
export interface PhaseJob {
  /** Files unpacked into /work before the program starts (an archive). */
  files: Buffer;
  stdin?: string | Buffer;
}

export type PhaseInput = PhaseSpawn & PhaseJob;

/** A sandbox set up and waiting for its one job (the supervisor blocks reading FD.unpack). */
export interface StartedPhase {
  /** Sends the job; the wall clocks (the supervisor's and the host's backstop) start now. Once only. */
  handOver(job: PhaseJob): Promise<PhaseOutcome>;
  /** Resolves true once the supervisor waits for the job, false if the sandbox ended first. */
  readonly ready: Promise<boolean>;
  /** Resolves once bubblewrap has exited (its uid lease and cgroup released). */
  readonly exited: Promise<void>;
  /** True once the sandbox has reported or exited: it can no longer take a job. */
  readonly ended: boolean;
  kill(): void;
}

export interface PhaseOutcome {
  /** Missing when the supervisor never reported (the sandbox failed to start or was killed). */
  report?: SupervisorReport;
  stdout: string;
  stderr: string;
  stdoutOverflow: boolean;
  stderrOverflow: boolean;
  /** Files the supervisor packed from the pack folder (a compiler's output), as an archive. */
  packed: Buffer;
  /** The host had to kill the sandbox (wall backstop or output limit). */
  hostKilled: boolean;
  /** The kernel's accounting of the run, when it ran in a cgroup of its own. */
  cgroup?: CgroupUsage;
  spawnError?: string;
}

type Refable = { ref(): void; unref(): void };

/** Starts one bubblewrap sandbox and runs one job in it. Only descriptors cross the boundary. */
export function runPhase(input: PhaseInput): Promise<PhaseOutcome> {
  return startPhase(input).handOver(input);
}

/** Starts one bubblewrap sandbox, which sets up and waits for its job; collects what it reports. */
export function startPhase(input: PhaseSpawn): StartedPhase {
  let handOver!: (job: PhaseJob) => void;
  let announceReady!: (ready: boolean) => void;
  let announceExit!: () => void;
  let ended = false;
  const ready = new Promise<boolean>((resolve) => (announceReady = resolve));
  const exited = new Promise<void>((resolve) => (announceExit = resolve));
  let kill!: () => void;
  const outcome = new Promise<PhaseOutcome>((resolve) => {
    const { uids } = input;
    const mapFds = uids ? (["pipe", "pipe"] as const) : [];
    // Only the descriptors this phase uses: each pipe is a socket pair and a handle for Node to set up,
    // watch and close, on every run. The supervisor's bytes come on one only when it is not bind-mounted,
    // the packed files only from a phase that packs.
    const supervisorFd = input.supervisor ? "pipe" : "ignore";
    const packFd = input.args.includes("--pack-fd") ? "pipe" : "ignore";
    const child = spawn(input.bwrap, input.args, {
      stdio: [
        "pipe",
        "pipe",
        "pipe",
        "pipe",
        "pipe",
        supervisorFd,
        packFd,
        input.lockFd ?? "ignore",
        ...mapFds,
      ],
      // Its own process group, so one kill reaches bwrap; the pid namespace takes everything inside with it.
      detached: true,
      env: {},
      ...(uids ? { uid: uids.supervisor, gid: uids.supervisor } : {}),
    });
    let hostKilled = false;
    let spawnError: string | undefined;
    kill = () => {
      hostKilled = true;
      hold(true); // its exit is awaited (the pool's close and evictions)
      try {
        if (child.pid) process.kill(-child.pid, "SIGKILL");
      } catch {
        // already gone
      }
    };
    const stdio = child.stdio as unknown as Array<Readable & Writable>;
    // A sandbox set up and waiting for its job does not keep the server's process alive (it dies with it);
    // one still starting does, so that waiting for it to be ready keeps a script running.
    let jobSent = false;
    const hold = (held: boolean) => {
      for (const handle of [child, ...stdio] as Array<Partial<Refable> | undefined>)
        held ? handle?.ref?.() : handle?.unref?.();
    };
    const { cgroup } = input;
    const place = cgroup ? (pid: number) => cgroup.addProcess(pid) : undefined;
    const failed = (reason: string) => {
      spawnError = reason;
      kill();
    };
    if (uids) mapUidsWhenReady(stdio[FD.info]!, stdio[FD.usernsBlock]!, uids, failed, place);
    // The supervisor cuts output at the limit and reports it; these caps only catch a supervisor gone wrong.
    const stdout = capped(stdio[1]!, (input.limits.stdoutKb + 64) * 1024, kill);
    const stderr = capped(stdio[2]!, (input.limits.stderrKb + 64) * 1024, kill);
    const report = capped(stdio[FD.result]!, 4096, () => {});
    const packStream = stdio[FD.pack];
    const packed = packStream ? capped(packStream, 256 << 20, kill) : undefined;
    send(stdio[FD.supervisor], input.supervisor);
    let backstop: NodeJS.Timeout | undefined;
    handOver = (job) => {
      jobSent = true;
      hold(true);
      send(stdio[FD.unpack], job.files);
      send(stdio[0], job.stdin);
      backstop = setTimeout(kill, input.limits.wallMs + HOST_BACKSTOP_MS);
    };
    stdio[FD.result]!.on("data", () => {
      if (!report.text().startsWith("ready\n")) return;
      announceReady(true);
      if (!jobSent) hold(false);
    });
    let settled = false;
    const settle = () => {
      if (settled) return;
      settled = ended = true;
      announceReady(false);
      const usage = cgroup?.usage();
      resolve({
        report: parseSupervisorReport(report.text()),
        stdout: stdout.text(),
        stderr: stderr.text(),
        stdoutOverflow: stdout.overflow(),
        stderrOverflow: stderr.overflow(),
        packed: packed?.buffer() ?? Buffer.alloc(0),
        hostKilled,
        ...(usage ? { cgroup: usage } : {}),
        ...(spawnError ? { spawnError } : {}),
      });
    };
    // The supervisor reports last, after relaying all output: once the report and that many bytes are in,
    // the outcome is final, and the exits of the supervisor and bubblewrap (a few ms on a busy host) need
    // not be waited for. A compile's packed files come on a descriptor with no count: it waits for the exit.
    const settleIfComplete = () => {
      if (packed || !report.text().endsWith("\n")) return;
      const done = parseSupervisorReport(report.text());
      if (done && stdout.size() >= done.stdoutBytes && stderr.size() >= done.stderrBytes) settle();
    };
    for (const stream of [stdio[1]!, stdio[2]!, stdio[FD.result]!]) stream.on("data", settleIfComplete);
    let exited = false;
    const exit = () => {
      if (exited) return;
      exited = true;
      clearTimeout(backstop);
      settle();
      cgroup?.remove();
      input.onExit?.();
      announceExit();
    };
    child.on("error", (error) => {
      spawnError = error.message;
      exit();
    });
    child.on("close", exit);
  });
  let handedOver = false;
  return {
    handOver(job) {
      if (handedOver) throw new Error("a sandbox runs one job only");
      handedOver = true;
      handOver(job);
      return outcome;
    },
    ready,
    exited,
    get ended() {
      return ended;
    },
    kill: () => kill(),
  };
}
