import { existsSync, mkdirSync, readFileSync, rmdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** What a run's cgroup saw: the kernel's own accounting of every process and page of the run. */
export interface CgroupUsage {
  /** Processes the kernel killed at memory.max. */
  oomKills: number;
  /** Times the run reached memory.max (reclaim or OOM). */
  memoryMaxHits: number;
  /** memory.peak (Linux 5.19+): anonymous memory, page cache, tmpfs and shared memory, kernel memory. */
  peakKb?: number;
  /** cpu.stat usage_usec: the CPU of every process that ever ran in the cgroup (the supervisor too). */
  cpuMs: number;
  /** Forks refused at pids.max. */
  pidsMaxHits: number;
}

/** A flat-keyed cgroup file ("key value" per line: memory.events, cpu.stat, pids.events). */
export function parseFlatKeyed(text: string): Map<string, number> {
  const values = new Map<string, number>();
  for (const line of text.split("\n")) {
    const [key, value] = line.trim().split(/\s+/);
    if (key && value !== undefined && /^\d+$/.test(value)) values.set(key, Number(value));
  }
  return values;
}

export function parseMemoryEvents(text: string): { max: number; oom: number; oomKill: number } {
  const events = parseFlatKeyed(text);
  return { max: events.get("max") ?? 0, oom: events.get("oom") ?? 0, oomKill: events.get("oom_kill") ?? 0 };
}

export function parseCpuStat(text: string): { usageUsec: number; userUsec: number; systemUsec: number } {
  const stat = parseFlatKeyed(text);
  return {
    usageUsec: stat.get("usage_usec") ?? 0,
    userUsec: stat.get("user_usec") ?? 0,
    systemUsec: stat.get("system_usec") ?? 0,
  };
}

function readOptional(path: string): string | undefined {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return undefined;
  }
}

/** One run's cgroup: created with its limits before the sandbox starts, read and removed after. */
export class RunCgroup {
  constructor(readonly path: string) {}

  /** Moves a process (bubblewrap's sandbox child, before it forks anything) into the cgroup. */
  addProcess(pid: number): void {
    writeFileSync(join(this.path, "cgroup.procs"), String(pid));
  }

  usage(): CgroupUsage {
    const events = parseMemoryEvents(readOptional(join(this.path, "memory.events")) ?? "");
    const cpu = parseCpuStat(readOptional(join(this.path, "cpu.stat")) ?? "");
    const peak = readOptional(join(this.path, "memory.peak"))?.trim();
    const pids = parseFlatKeyed(readOptional(join(this.path, "pids.events")) ?? "");
    return {
      oomKills: events.oomKill,
      memoryMaxHits: events.max,
      ...(peak && /^\d+$/.test(peak) ? { peakKb: Math.ceil(Number(peak) / 1024) } : {}),
      cpuMs: Math.round(cpu.usageUsec / 1000),
      pidsMaxHits: pids.get("max") ?? 0,
    };
  }

  /** Kills anything left (cgroup.kill, Linux 5.14+) and removes the cgroup once it is empty. */
  remove(): void {
    try {
      writeFileSync(join(this.path, "cgroup.kill"), "1");
    } catch {
      // empty already, or an older kernel: the pid namespace died with bubblewrap anyway
    }
    for (let attempt = 0; attempt < 50; attempt++) {
      try {
        rmdirSync(this.path);
        return;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "EBUSY") return;
      }
    }
  }
}

export interface CgroupLimits {
  memKb: number;
  nproc: number;
}

/**
 * Run cgroups under a delegated cgroup v2 folder (it must hold no processes itself: cgroup v2 puts
 * processes only in leaves once controllers are enabled for children).
 */
export class RunCgroups {
  private count = 0;

  constructor(readonly parent: string) {}

  /** Enables the memory, pids (and, when offered, cpu) controllers for run cgroups; throws if it cannot. */
  prepare(): void {
    const offered = (readOptional(join(this.parent, "cgroup.controllers")) ?? "").split(/\s+/);
    const wanted = ["memory", "pids", "cpu"].filter((name) => offered.includes(name));
    if (!wanted.includes("memory") || !wanted.includes("pids")) {
      throw new Error(`${this.parent} offers no memory and pids controllers`);
    }
    try {
      writeFileSync(join(this.parent, "cgroup.subtree_control"), wanted.map((name) => `+${name}`).join(" "));
    } catch (error) {
      const busy = (error as NodeJS.ErrnoException).code === "EBUSY";
      throw new Error(
        busy
          ? `${this.parent} holds processes: give the sandbox an empty delegated cgroup (SANDBOX_CGROUP)`
          : `cannot enable controllers in ${this.parent}: ${(error as Error).message}`,
      );
    }
  }

  /** A new cgroup for one run: memory.max is the run's limit (swap off), pids.max its process limit. */
  create(limits: CgroupLimits): RunCgroup {
    const path = join(this.parent, `run-${process.pid}-${++this.count}`);
    mkdirSync(path);
    const cgroup = new RunCgroup(path);
    try {
      writeFileSync(join(path, "memory.max"), String(limits.memKb * 1024));
      if (existsSync(join(path, "memory.swap.max"))) writeFileSync(join(path, "memory.swap.max"), "0");
      // The supervisor and the program's inner init are two more processes of the cgroup.
      writeFileSync(join(path, "pids.max"), String(limits.nproc + 2));
      return cgroup;
    } catch (error) {
      cgroup.remove();
      throw error;
    }
  }
}
