/**
 * Runs a few sandboxed programs and prints what happened as JSON. The user-mode test starts this as an
 * ordinary (non-root) user, the way a server not running as root would use the sandbox.
 */
import { createSandbox } from "./create-sandbox";
import { ATTACK_THEN_BURN, ATTACK_THEN_HOG } from "./supervisor-attacks";

const sandbox = createSandbox({ cacheDir: process.env.SANDBOX_CACHE_DIR, concurrency: 2 });
const forkCounter =
  '#include <stdio.h>\n#include <unistd.h>\nint main(void) { int n = 0; while (fork() > 0) n++; printf("%d\\n", n); fflush(stdout); pause(); }';
const limits = { timeMs: 300, memoryMb: 64, outputKb: 16 };
// An orphan that burns CPU while its grandparent waits: counted, so time_limit (never "ok").
const orphan =
  "import os, time\nr, w = os.pipe()\nif os.fork() == 0:\n    if os.fork() == 0:\n        while time.process_time() < 3:\n            pass\n        os.write(w, b'x')\n    os._exit(0)\nos.close(w)\nos.wait()\nos.read(r, 1)\n";
// Hogs get 10 s of CPU: faulting 64 MB in takes ~0.3 s of CPU, however starved the host.
const roomy = { ...limits, timeMs: 10_000 };
const [status, bombA, bombB, hello, hog, orphanRun, memfd, attackHog, attackBurn] = await Promise.all([
  sandbox.status(),
  sandbox.execute({ language: "c", source: forkCounter }, limits),
  sandbox.execute({ language: "c", source: forkCounter }, limits),
  sandbox.execute({ language: "python", source: "import os\nprint(os.getuid())\n" }, limits),
  sandbox.execute(
    { language: "python", source: "a = []\nwhile True:\n    a.append(b'x' * (1 << 20))\n" },
    limits,
  ),
  sandbox.execute({ language: "python", source: orphan }, limits),
  sandbox.execute({ language: "python", source: "import os\nos.memfd_create('x')\n" }, limits),
  sandbox.execute({ language: "c", source: ATTACK_THEN_HOG }, roomy),
  sandbox.execute({ language: "c", source: ATTACK_THEN_BURN }, limits),
]);
const attack = (r: typeof hello) => ({
  status: r.status,
  stdout: r.stdout,
  timeMs: r.timeMs,
  wallMs: r.wallMs,
});
const forks = (stdout: string) => Math.max(...stdout.split("\n").filter(Boolean).map(Number));
console.log(
  JSON.stringify({
    mode: sandbox.mode,
    status,
    bombs: [bombA, bombB].map((r) => ({ status: r.status, forks: forks(r.stdout) })),
    hello: { status: hello.status, stdout: hello.stdout },
    hog: hog.status,
    orphan: orphanRun.status,
    memfd: memfd.stderr.includes("PermissionError") ? "refused" : memfd.status,
    attackHog: attack(attackHog),
    attackBurn: attack(attackBurn),
  }),
);
