import { spawnSync } from "node:child_process";
import { chownSync, copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildSync } from "esbuild";
import { describe, expect, it } from "vitest";
import { leftoverProcesses } from "./host-leftovers";
import { wallClockFor } from "./limits";
import { ONLY_INNER_INIT_AND_SELF } from "./supervisor-attacks";

const USER = 62_400;
const PROBE = fileURLToPath(new URL("./user-mode-probe.ts", import.meta.url));
const NATIVE_DIR = fileURLToPath(new URL("../native", import.meta.url));

/**
 * The probe bundled into a folder the ordinary user owns (the checkout may sit where that user cannot
 * read, such as /root), laid out like the package so the supervisor's source is found beside it.
 */
function bundleProbe(home: string): string {
  mkdirSync(join(home, "native"));
  for (const name of readdirSync(NATIVE_DIR))
    copyFileSync(join(NATIVE_DIR, name), join(home, "native", name));
  const outfile = join(home, "src", "user-mode-probe.mjs");
  buildSync({
    entryPoints: [PROBE],
    bundle: true,
    platform: "node",
    format: "esm",
    outfile,
    logLevel: "error",
  });
  for (const path of [home, join(home, "native"), join(home, "src")]) {
    chownSync(path, USER, USER);
    for (const entry of readdirSync(path)) chownSync(join(path, entry), USER, USER);
  }
  return outfile;
}

/**
 * A server that is not root cannot give each run its own uid: every sandbox maps to the server's uid.
 * Fork bombs must still be contained, because RLIMIT_NPROC counts per user namespace (Linux 5.14+).
 * Run as root here, the test becomes an ordinary user with setpriv and drives the sandbox from there.
 */
describe.runIf(process.getuid?.() === 0)("sandbox run by an ordinary user", () => {
  it("runs programs and contains two concurrent fork bombs under the server's own uid", async () => {
    const home = mkdtempSync(join(tmpdir(), "sandbox-user-"));
    try {
      const probe = bundleProbe(home);
      const run = spawnSync(
        "setpriv",
        [`--reuid=${USER}`, `--regid=${USER}`, "--clear-groups", "--", process.execPath, probe],
        {
          cwd: home,
          encoding: "utf8",
          timeout: 120_000,
          env: { PATH: process.env.PATH, HOME: home, TMPDIR: home, SANDBOX_CACHE_DIR: join(home, "cache") },
        },
      );
      expect(run.status, run.stderr).toBe(0);
      const seen = JSON.parse(run.stdout.trim().split("\n").at(-1)!);
      expect(seen.mode).toBe("user");
      expect(seen.status.enabled, seen.status.detail).toBe(true);
      expect(seen.status.detail).toContain("runs share the server's uid");
      for (const bomb of seen.bombs) {
        expect(bomb.status).toBe("time_limit");
        expect(bomb.forks).toBeGreaterThan(0);
        expect(bomb.forks).toBeLessThanOrEqual(16);
      }
      expect(seen.hello).toEqual({ status: "ok", stdout: "1000\n" });
      expect(seen.hog).toBe("memory_limit");
      // The seccomp filter and the whole-run CPU count hold without root too.
      expect(seen.orphan).toBe("time_limit");
      expect(seen.memfd).toBe("refused");
      // The supervisor shares the program's uid here, but not its pid namespace: no pid the program can
      // name is the supervisor's. pid 1 is the inner init: seccomp refuses prlimit, renice and ptrace on
      // any pid but the caller's, and kill is sent but dropped by the kernel (signals from inside a pid
      // namespace to its init). The verdicts still hold.
      for (const run of [seen.attackHog, seen.attackBurn]) {
        const [line] = run.stdout.split("\n");
        expect(line).toMatch(/^prlimit:1 cpu:1 renice:1 ptrace:1 kill:0 stop:0 killed:0 ps:/);
        expect(line).toMatch(ONLY_INNER_INIT_AND_SELF);
      }
      expect(seen.attackHog.status).toBe("memory_limit");
      expect(seen.attackBurn.status).toBe("time_limit");
      // The CPU limit (300 ms), or on a starved host the wall clock (2 x CPU + 1 s) first.
      expect(seen.attackBurn.timeMs > 300 || seen.attackBurn.wallMs >= wallClockFor(300)).toBe(true);
      expect(await leftoverProcesses([USER])).toEqual([]);
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  }, 180_000);
});
