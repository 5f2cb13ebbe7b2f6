import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseCpuStat, parseMemoryEvents, RunCgroup, RunCgroups } from "./cgroup-runs";
import { setUpCgroups } from "./cgroup-setup";

// This host has no delegated cgroup v2 (its memory controller is on cgroup v1), so the kernel side is
// not exercised here: these tests cover parsing, the files a run cgroup is given and the setup logic,
// on a folder laid out like cgroupfs.
const root = mkdtempSync(join(tmpdir(), "cgroup-runs-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("cgroup files", () => {
  it("reads memory.events and cpu.stat as the kernel writes them", () => {
    const events = "low 0\nhigh 0\nmax 17\noom 2\noom_kill 2\noom_group_kill 0\n";
    expect(parseMemoryEvents(events)).toEqual({ max: 17, oom: 2, oomKill: 2 });
    const cpu = "usage_usec 1523077\nuser_usec 1400012\nsystem_usec 123065\nnr_periods 0\n";
    expect(parseCpuStat(cpu)).toEqual({ usageUsec: 1_523_077, userUsec: 1_400_012, systemUsec: 123_065 });
    expect(parseMemoryEvents("")).toEqual({ max: 0, oom: 0, oomKill: 0 });
    expect(parseCpuStat("usage_usec garbage\n")).toEqual({ usageUsec: 0, userUsec: 0, systemUsec: 0 });
  });

  it("gives a run cgroup its memory and process limits, and reads what the run used", () => {
    const parent = join(root, "delegated");
    mkdirSync(parent);
    writeFileSync(join(parent, "cgroup.controllers"), "cpuset cpu io memory pids\n");
    const runs = new RunCgroups(parent);
    runs.prepare();
    expect(readFileSync(join(parent, "cgroup.subtree_control"), "utf8")).toBe("+memory +pids +cpu");
    const run = runs.create({ memKb: 65_536, nproc: 16 });
    expect(readFileSync(join(run.path, "memory.max"), "utf8")).toBe(String(64 << 20));
    expect(readFileSync(join(run.path, "pids.max"), "utf8")).toBe("18");
    writeFileSync(join(run.path, "memory.events"), "low 0\nhigh 0\nmax 3\noom 1\noom_kill 1\n");
    writeFileSync(join(run.path, "cpu.stat"), "usage_usec 250400\nuser_usec 200000\nsystem_usec 50400\n");
    writeFileSync(join(run.path, "memory.peak"), `${64 << 20}\n`);
    writeFileSync(join(run.path, "pids.events"), "max 5\n");
    expect(run.usage()).toEqual({
      oomKills: 1,
      memoryMaxHits: 3,
      peakKb: 65_536,
      cpuMs: 250,
      pidsMaxHits: 5,
    });
    expect(new RunCgroup(join(parent, "missing")).usage()).toEqual({
      oomKills: 0,
      memoryMaxHits: 0,
      cpuMs: 0,
      pidsMaxHits: 0,
    });
  });

  it("refuses a parent without the memory and pids controllers", () => {
    const parent = join(root, "no-memory");
    mkdirSync(parent);
    writeFileSync(join(parent, "cgroup.controllers"), "cpu io\n");
    expect(() => new RunCgroups(parent).prepare()).toThrow(/no memory and pids controllers/);
  });
});

describe("setUpCgroups", () => {
  it("uses a configured delegated cgroup in root mode only, and says why not otherwise", () => {
    const parent = join(root, "configured");
    mkdirSync(parent);
    for (const file of ["cgroup.subtree_control", "cgroup.procs"]) writeFileSync(join(parent, file), "");
    writeFileSync(join(parent, "cgroup.controllers"), "memory pids\n");
    const proc = join(root, "proc");
    mkdirSync(proc);
    writeFileSync(join(proc, "cgroup"), "0::/\n");
    writeFileSync(join(proc, "mountinfo"), "");
    const root_ = setUpCgroups("root", parent, proc);
    expect(root_.cgroups?.parent).toBe(parent);
    expect(root_.detail).toContain("each run has its own cgroup");
    const user = setUpCgroups("user", parent, proc);
    expect(user).toMatchObject({ delegated: true, detail: expect.stringContaining("not used") });
    expect(user.cgroups).toBeUndefined();
    const none = setUpCgroups("root", undefined, proc);
    expect(none).toMatchObject({
      delegated: false,
      detail: expect.stringContaining("no cgroup v2 hierarchy"),
    });
  });
});
