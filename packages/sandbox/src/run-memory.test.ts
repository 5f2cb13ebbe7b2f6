import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { RunCgroup } from "./cgroup-runs";
import { memoryUsedKb } from "./run-memory";
import { parseSupervisorReport } from "./supervisor-report";

// A folder laid out like a run's cgroup in cgroupfs (this host delegates none; see cgroup-runs.test.ts).
const root = mkdtempSync(join(tmpdir(), "run-memory-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const report = parseSupervisorReport(
  "exit=0 signal=0 cpu_ms=12 wall_ms=30 maxrss_kb=2048 timeout=none exec_errno=0 unpack=ok pack=none lock=ok out_bytes=0 err_bytes=0\n",
);

function cgroupWith(name: string, files: Record<string, string>): RunCgroup {
  const path = join(root, name);
  mkdirSync(path);
  for (const [file, text] of Object.entries(files)) writeFileSync(join(path, file), text);
  return new RunCgroup(path);
}

describe("memoryUsedKb", () => {
  it("takes the cgroup's memory.peak when the run had a cgroup", () => {
    // 40 MB of shared memory the processes' resident sets never showed: the kernel counted it.
    const cgroup = cgroupWith("peak", { "memory.peak": `${40 << 20}\n`, "memory.events": "max 0\n" });
    expect(memoryUsedKb({ report, cgroup: cgroup.usage() })).toBe(40 * 1024);
    // Rounded up to whole KB, never down.
    const odd = cgroupWith("odd", { "memory.peak": "1048577\n" });
    expect(memoryUsedKb({ report, cgroup: odd.usage() })).toBe(1025);
  });

  it("falls back to the supervisor's figure without memory.peak or without a cgroup", () => {
    const old = cgroupWith("no-peak", { "memory.events": "max 0\noom_kill 0\n" });
    expect(memoryUsedKb({ report, cgroup: old.usage() })).toBe(2048);
    const garbage = cgroupWith("garbage", { "memory.peak": "max\n" });
    expect(memoryUsedKb({ report, cgroup: garbage.usage() })).toBe(2048);
    expect(memoryUsedKb({ report })).toBe(2048);
    expect(memoryUsedKb({})).toBe(0);
  });
});
