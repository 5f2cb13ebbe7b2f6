import { describe, expect, it } from "vitest";
import { createSandbox } from "./create-sandbox";

/**
 * Whichever memory accounting this host gives: with a delegated cgroup v2 (root mode), files a program
 * writes on its tmpfs are charged to the run and end it at memory.max; without one, tmpfs is bounded by
 * its size (3 x 16 MB) and not counted, so the same program ends "ok". The status says which.
 */
const sandbox = createSandbox({ uidBase: 63_100, uidSlots: 2, concurrency: 1 });

describe("memory accounting on this host", () => {
  it("reports the cgroup path it uses and judges a tmpfs filler accordingly", async () => {
    const status = await sandbox.status();
    expect(status.cgroup?.detail).toMatch(/cgroup/);
    const usesCgroups = /each run has its own cgroup/.test(status.cgroup?.detail ?? "");
    if (status.cgroup?.delegated === false) expect(status.cgroup.detail).toMatch(/supervisor's poll/);
    const filler = [
      "chunk = b'x' * (1 << 20)",
      "for folder in ['/tmp', '/dev/shm', '/work']:",
      "    for n in range(2):",
      "        with open(f'{folder}/fill{n}', 'wb') as f:",
      "            for _ in range(7):",
      "                f.write(chunk)",
      "import time; time.sleep(0.2)",
      "print('filled')",
    ].join("\n");
    // 42 MB of files against 24 MB (+16 MB for Python): over the limit only where tmpfs is counted.
    const result = await sandbox.execute(
      { language: "python", source: filler },
      { timeMs: 2000, memoryMb: 24, outputKb: 4 },
    );
    expect(result.status, result.stderr).toBe(usesCgroups ? "memory_limit" : "ok");
  });
});
