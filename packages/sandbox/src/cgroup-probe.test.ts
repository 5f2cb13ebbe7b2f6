import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { detectCgroupDelegation } from "./cgroup-probe";

const root = mkdtempSync(join(tmpdir(), "cgroup-probe-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A fake /proc/self (cgroup, mountinfo) and a fake cgroup2 mount holding our cgroup's files. */
function host(name: string, own: string, controllers: string): string {
  const proc = join(root, name, "proc");
  const mount = join(root, name, "cgroup");
  mkdirSync(proc, { recursive: true });
  mkdirSync(join(mount, own), { recursive: true });
  writeFileSync(join(proc, "cgroup"), `0::${own}\n`);
  writeFileSync(
    join(proc, "mountinfo"),
    `24 1 0:22 / /proc rw - proc proc rw\n40 30 0:37 / ${mount} rw,relatime - cgroup2 cgroup2 rw\n`,
  );
  for (const file of ["cgroup.controllers", "cgroup.subtree_control", "cgroup.procs"])
    writeFileSync(join(mount, own, file), file === "cgroup.controllers" ? `${controllers}\n` : "");
  return proc;
}

describe("detectCgroupDelegation", () => {
  it("finds a writable cgroup v2 with the memory and pids controllers", () => {
    const found = detectCgroupDelegation(host("delegated", "/app.slice/studio", "cpu memory pids"));
    expect(found).toMatchObject({
      delegated: true,
      path: join(root, "delegated", "cgroup", "app.slice/studio"),
    });
  });

  it("says what is missing otherwise", () => {
    expect(detectCgroupDelegation(host("hybrid", "/", "hugetlb"))).toMatchObject({
      delegated: false,
      detail: expect.stringContaining("lacks the memory and pids controller"),
    });
    const noV2 = join(root, "v1", "proc");
    mkdirSync(noV2, { recursive: true });
    writeFileSync(join(noV2, "cgroup"), "4:memory:/x\n");
    writeFileSync(join(noV2, "mountinfo"), "");
    expect(detectCgroupDelegation(noV2)).toEqual({ delegated: false, detail: "no cgroup v2 hierarchy" });
  });
});
