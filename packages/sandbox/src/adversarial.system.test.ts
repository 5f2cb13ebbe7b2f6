import { statSync } from "node:fs";
import { createServer, type Server } from "node:net";
import type { ExecuteResult } from "@studio/protocol";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { attackHarness, C_HEADERS } from "./adversarial-harness";
import { createSandbox } from "./create-sandbox";
import { sharedMemoryKb } from "./host-leftovers";
import { type RunLimits, wallClockFor } from "./limits";
import { defaultCacheDir } from "./supervisor-binary";

/**
 * Programs that attack the sandbox. Each must end with the right status, leave no process of the run's
 * uid and no file on the host, and the next run must start clean.
 */
const sandbox = createSandbox({ uidBase: 62_100, uidSlots: 4, concurrency: 2 });
const LIMITS: RunLimits = { timeMs: 300, memoryMb: 128, outputKb: 64 };
const SECRET = "sandbox-test-secret-4f1c";

const java = (body: string, imports = "") =>
  `${imports}\npublic class Main {\n  public static void main(String[] args) throws Exception {\n    ${body}\n  }\n}\n`;

let shmemAtStart = 0;
let hostServer: Server;
let hostPort = 0;

beforeAll(async () => {
  process.env.SANDBOX_TEST_SECRET = SECRET;
  shmemAtStart = sharedMemoryKb();
  hostServer = createServer((socket) => socket.end("host secret\n"));
  await new Promise<void>((resolve) => hostServer.listen(0, "127.0.0.1", resolve));
  hostPort = (hostServer.address() as { port: number }).port;
});

afterAll(async () => {
  await new Promise((resolve) => hostServer.close(resolve));
  // Whatever the runs wrote lived in their own tmpfs mounts; none of it may still hold memory.
  expect(sharedMemoryKb() - shmemAtStart).toBeLessThan(32 * 1024);
});

const { runCases } = attackHarness(sandbox, LIMITS);

describe("adversarial programs", () => {
  it("busy loops end at the CPU limit", async () => {
    // Stopped by a limit: the CPU one, or on a starved host the wall clock first (2 x CPU + 1 s).
    const cpuUsed = (r: ExecuteResult) =>
      expect(
        r.timeMs >= LIMITS.timeMs || (r.wallMs ?? 0) >= wallClockFor(LIMITS.timeMs),
        JSON.stringify(r),
      ).toBe(true);
    await runCases([
      {
        name: "busy",
        language: "python",
        source: "while True:\n    pass\n",
        expect: "time_limit",
        check: cpuUsed,
      },
      { name: "busy", language: "javascript", source: "for (;;) {}\n", expect: "time_limit", check: cpuUsed },
      {
        name: "busy",
        language: "java",
        source: java("long x = 0; while (true) x++;"),
        expect: "time_limit",
        check: cpuUsed,
      },
      {
        name: "busy",
        language: "c",
        source: "int main(void) { volatile unsigned long x = 0; for (;;) x++; }",
        expect: "time_limit",
      },
      {
        name: "busy",
        language: "cpp",
        source: "int main() { volatile unsigned long x = 0; for (;;) x++; }",
        expect: "time_limit",
      },
    ]);
  }, 120_000);

  it("sleeping and blocking end at the wall-clock limit; stdin is closed, never inherited", async () => {
    const idle = (r: ExecuteResult) => expect(r.timeMs).toBeLessThan(200);
    await runCases([
      {
        name: "sleep",
        language: "python",
        source: "import time\ntime.sleep(60)\n",
        expect: "time_limit",
        check: idle,
      },
      {
        name: "sleep",
        language: "c",
        source: `${C_HEADERS}int main(void) { sleep(60); }`,
        expect: "time_limit",
        check: idle,
      },
      {
        name: "sleep",
        language: "javascript",
        source: "setTimeout(() => {}, 60000);\n",
        expect: "time_limit",
      },
      { name: "sleep", language: "java", source: java("Thread.sleep(60000);"), expect: "time_limit" },
      {
        name: "block on a pipe",
        language: "python",
        source: "import os\nr, w = os.pipe()\nos.read(r, 1)\n",
        expect: "time_limit",
      },
      { name: "read closed stdin", language: "python", source: "input()\n", expect: "runtime_error" },
      {
        name: "drain stdin",
        language: "c",
        source: "#include <stdio.h>\nint main(void) { while (getchar() != EOF) {} return 0; }",
        expect: "ok",
      },
    ]);
  }, 120_000);

  it("fork bombs hit the process limit and are killed with everything they started", async () => {
    const countForks = `${C_HEADERS}int main(void) { int n = 0; while (fork() > 0) n++; printf("%d\\n", n); fflush(stdout); pause(); }`;
    await runCases([
      {
        name: "fork bomb",
        language: "c",
        source: `${C_HEADERS}int main(void) { for (;;) fork(); }`,
        expect: "time_limit",
      },
      {
        name: "fork bomb",
        language: "cpp",
        source: "#include <unistd.h>\nint main() { for (;;) fork(); }",
        expect: "time_limit",
      },
      {
        name: "fork bomb",
        language: "python",
        source: "import os\nwhile True:\n    os.fork()\n",
        expect: "runtime_error",
      },
      {
        name: "count forks",
        language: "c",
        source: countForks,
        expect: "time_limit",
        check: (r) =>
          expect(Number(r.stdout.split("\n").find((line) => line !== "0") ?? 0)).toBeLessThanOrEqual(16),
      },
    ]);
  }, 120_000);

  it("thread bombs hit the process limit", async () => {
    const pthreads =
      "#include <pthread.h>\n#include <stdio.h>\n#include <unistd.h>\nvoid *idle(void *x) { pause(); return x; }\n" +
      'int main(void) { pthread_t t; int n = 0; while (pthread_create(&t, 0, idle, 0) == 0) n++; printf("%d\\n", n); return 0; }';
    const pythonThreads =
      "import threading, time\nwhile True:\n    threading.Thread(target=time.sleep, args=(60,), daemon=True).start()\n";
    const javaThreads = java(
      "while (true) { Thread t = new Thread(() -> { try { Thread.sleep(60000); } catch (InterruptedException e) {} }); t.setDaemon(true); t.start(); }",
    );
    await runCases([
      {
        name: "threads",
        language: "c",
        source: pthreads,
        expect: "ok",
        check: (r) => expect(Number(r.stdout)).toBeLessThanOrEqual(16),
      },
      { name: "threads", language: "python", source: pythonThreads, expect: "runtime_error" },
      {
        name: "threads",
        language: "java",
        source: javaThreads,
        expect: "runtime_error",
        check: (r) => expect(r.stderr).toContain("unable to create native thread"),
      },
    ]);
  }, 120_000);

  it("heap hogs end at the memory limit in every language", async () => {
    const measured = (r: ExecuteResult) => expect(r.memoryKb).toBeGreaterThan(LIMITS.memoryMb * 1024 * 0.8);
    // Faulting memory in costs CPU (14-18 µs a page on a virtualised host: ~0.5 s for 128 MB), so the CPU
    // budget here is far above what reaching the memory limit takes, whatever the host's speed.
    const limits = { ...LIMITS, timeMs: 10_000 };
    await runCases([
      {
        name: "heap",
        language: "python",
        source: "a = []\nwhile True:\n    a.append(b'x' * (1 << 20))\n",
        expect: "memory_limit",
        limits,
        check: measured,
      },
      {
        name: "heap",
        language: "javascript",
        source: "const a = [];\nfor (;;) a.push(new Array(1 << 20).fill(1));\n",
        expect: "memory_limit",
        limits,
      },
      {
        name: "heap",
        language: "java",
        source: java(
          "java.util.List<int[]> l = new java.util.ArrayList<>(); for (;;) l.add(new int[1 << 20]);",
        ),
        expect: "memory_limit",
        limits,
      },
      {
        name: "heap",
        language: "c",
        source: `${C_HEADERS}int main(void) { for (;;) { char *p = malloc(1 << 20); if (!p) return 3; memset(p, 1, 1 << 20); } }`,
        expect: "memory_limit",
        limits,
        check: measured,
      },
      {
        name: "heap",
        language: "cpp",
        source:
          "#include <vector>\nint main() { std::vector<std::vector<int>> v; for (;;) v.emplace_back(1 << 18, 1); }",
        expect: "memory_limit",
        limits,
      },
    ]);
  }, 120_000);

  it("huge static arrays are refused by their size; one that fits runs", async () => {
    await runCases([
      {
        name: "16 GB bss",
        language: "c",
        source: "static char a[1L << 34];\nint main(void) { a[1] = 1; return a[2]; }",
        expect: "memory_limit",
      },
      {
        name: "1 GB bss",
        language: "cpp",
        source:
          "static int a[1 << 28];\nint main() { for (int i = 0; i < (1 << 28); i += 1024) a[i] = i; return a[5]; }",
        expect: "memory_limit",
      },
      {
        name: "100 MB bss",
        language: "c",
        source: `${C_HEADERS}static char a[100 << 20];\nint main(void) { memset(a, 1, sizeof a); printf("%d\\n", a[5]); return 0; }`,
        expect: "ok",
        // Faulting 100 MB in costs ~0.4 s of CPU on a virtualised host: room for that, whatever its speed.
        limits: { ...LIMITS, timeMs: 3000 },
      },
    ]);
  }, 120_000);

  it("infinite recursion is a runtime error", async () => {
    const deep =
      "int f(int n) { volatile char pad[64]; pad[0] = (char)n; return f(n + 1) + pad[0]; }\nint main(void) { return f(0); }";
    // A deep stack costs CPU to fault in, and Java starts slowly: 10 s of CPU (21 s of wall clock) so
    // the stack overflow, not a limit, ends the run on a starved host.
    const roomy = { ...LIMITS, timeMs: 10_000 };
    await runCases([
      {
        name: "recursion",
        language: "python",
        source: "def f(n):\n    return f(n + 1) + 1\n\nf(0)\n",
        expect: "runtime_error",
        limits: roomy,
        check: (r) => expect(r.stderr).toContain("RecursionError"),
      },
      {
        name: "recursion",
        language: "javascript",
        source: "function f(n) { return f(n + 1) + 1; }\nf(0);\n",
        expect: "runtime_error",
        limits: roomy,
        check: (r) => expect(r.stderr).toContain("RangeError"),
      },
      {
        name: "recursion",
        language: "java",
        source:
          "public class Main { static int f(int n) { return f(n + 1) + 1; } public static void main(String[] a) { f(0); } }",
        expect: "runtime_error",
        limits: roomy,
        check: (r) => expect(r.stderr).toContain("StackOverflowError"),
      },
      {
        name: "recursion",
        language: "c",
        source: deep,
        expect: "runtime_error",
        limits: roomy,
        check: (r) => expect(r.signal).toBe("SIGSEGV"),
      },
      {
        name: "recursion",
        language: "cpp",
        source: deep.replace("(char)n", "static_cast<char>(n)"),
        expect: "runtime_error",
        limits: roomy,
      },
    ]);
  }, 120_000);

  it("endless output stops at the output limit, on stdout and on stderr", async () => {
    const capped = (r: ExecuteResult) => expect(r.stdout.length).toBe(LIMITS.outputKb * 1024);
    await runCases([
      {
        name: "stdout",
        language: "python",
        source: "while True:\n    print('x' * 100)\n",
        expect: "output_limit",
        check: capped,
      },
      {
        name: "stdout",
        language: "javascript",
        source: "for (;;) process.stdout.write('x'.repeat(100) + '\\n');\n",
        expect: "output_limit",
        check: capped,
      },
      {
        name: "stdout",
        language: "java",
        source: java('while (true) System.out.println("xxxxxxxxxxxxxxxx");'),
        expect: "output_limit",
      },
      {
        name: "stdout",
        language: "c",
        source: '#include <stdio.h>\nint main(void) { for (;;) puts("xxxxxxxxxxxxxxxx"); }',
        expect: "output_limit",
        check: capped,
      },
      {
        name: "stdout",
        language: "cpp",
        source: '#include <iostream>\nint main() { for (;;) std::cout << "xxxxxxxxxxxxxxxx\\n"; }',
        expect: "output_limit",
      },
      {
        name: "stderr",
        language: "python",
        source: "import sys\nwhile True:\n    sys.stderr.write('e' * 100)\n",
        expect: "output_limit",
      },
    ]);
  }, 120_000);

  it("a huge file and many files stay inside their small tmpfs", async () => {
    await runCases([
      {
        name: "huge file",
        language: "c",
        source: `${C_HEADERS}int main(void) { static char b[65536]; FILE *f = fopen("/work/big", "w"); for (;;) fwrite(b, 1, sizeof b, f); }`,
        expect: "output_limit",
        check: (r) => expect(r.signal).toBe("SIGXFSZ"),
      },
      {
        name: "huge file",
        language: "python",
        source: "f = open('/tmp/big', 'wb')\nwhile True:\n    f.write(b'x' * (1 << 20))\n",
        // Python ignores SIGXFSZ: its write fails with EFBIG, the same file limit as C's SIGXFSZ.
        expect: "output_limit",
        check: (r) => expect(r.stderr).toMatch(/File too large/),
      },
      {
        name: "many files",
        language: "python",
        source: "i = 0\nwhile True:\n    open(f'/tmp/f{i}', 'w').close()\n    i += 1\n",
        expect: "output_limit",
      },
      {
        name: "many folders",
        language: "c",
        source: `${C_HEADERS}#include <sys/stat.h>\nint main(void) { char p[64]; for (int i = 0;; i++) { snprintf(p, sizeof p, "/dev/shm/d%d", i); mkdir(p, 0700); } }`,
        expect: "output_limit",
      },
    ]);
  }, 120_000);

  it("what one run writes to /tmp, /dev/shm or /work is gone for the next", async () => {
    const write =
      "for path in ['/tmp/marker', '/dev/shm/marker', '/work/marker']:\n    open(path, 'w').write('left behind')\nprint('written')\n";
    await runCases([{ name: "write markers", language: "python", source: write, expect: "ok" }]);
    const read =
      "import os\nprint([os.path.exists(p) for p in ['/tmp/marker', '/dev/shm/marker', '/work/marker']])\n";
    await runCases([
      {
        name: "read markers",
        language: "python",
        source: read,
        expect: "ok",
        check: (r) => expect(r.stdout).toBe("[False, False, False]\n"),
      },
    ]);
  }, 120_000);

  it("has no network: not the internet, not the host's loopback", async () => {
    const python = [
      "import socket",
      `for address in [('1.1.1.1', 53), ('127.0.0.1', ${0}), ('10.0.0.1', 80)]:`,
      "    s = socket.socket()",
      "    s.settimeout(1)",
      "    try:",
      "        s.connect(address)",
      "        print('CONNECTED', address)",
      "    except OSError as e:",
      "        print('refused', e.errno)",
      "try:",
      "    socket.getaddrinfo('example.com', 80)",
      "    print('RESOLVED')",
      "except OSError:",
      "    print('no dns')",
      "print(sorted(line.split(':')[0].strip() for line in open('/proc/net/dev').readlines()[2:]))",
    ].join("\n");
    const js = `require("net").connect(PORT, "127.0.0.1").on("connect", () => console.log("CONNECTED")).on("error", (e) => console.log(e.code));\n`;
    await runCases([
      {
        name: "sockets",
        language: "python",
        source: python.replace("('127.0.0.1', 0)", `('127.0.0.1', ${hostPort})`),
        expect: "ok",
        check: (r) => {
          expect(r.stdout).not.toContain("CONNECTED");
          expect(r.stdout).not.toContain("RESOLVED");
          expect(r.stdout).toContain("['lo']");
        },
      },
      {
        name: "sockets",
        language: "javascript",
        source: js.replace("PORT", String(hostPort)),
        expect: "ok",
        check: (r) => expect(r.stdout).toBe("ECONNREFUSED\n"),
      },
    ]);
  }, 120_000);

  it("sees neither the server's environment nor the host's files", async () => {
    const hostPaths = [
      "/etc/shadow",
      "/etc/passwd",
      "/root",
      "/home",
      process.cwd(),
      defaultCacheDir(),
      "/sys",
      "/var",
    ];
    const python = [
      "import os, json",
      "found = {}",
      `for path in ${JSON.stringify(hostPaths)}:`,
      "    try:",
      "        found[path] = os.listdir(path) if os.path.isdir(path) else open(path).read()[:20]",
      "    except OSError as e:",
      "        found[path] = type(e).__name__",
      "print(json.dumps({'env': sorted(os.environ), 'root': sorted(os.listdir('/')), 'found': found, 'environ1': open('/proc/1/environ').read() if os.access('/proc/1/environ', os.R_OK) else 'denied'}))",
    ].join("\n");
    await runCases([
      {
        name: "snoop",
        language: "python",
        source: python,
        expect: "ok",
        check: (r) => {
          expect(r.stdout).not.toContain(SECRET);
          const seen = JSON.parse(r.stdout);
          expect(seen.env).toEqual(["HOME", "LANG", "LC_ALL", "MALLOC_ARENA_MAX", "PATH", "PWD", "TMPDIR"]);
          // Only toolchain paths and the sandbox's own mounts; which of bin, lib64... exist depends on the host.
          const allowed = [
            "bin",
            "dev",
            "etc",
            "lib",
            "lib32",
            "lib64",
            "libx32",
            "proc",
            "sandbox",
            "sbin",
            "tmp",
            "usr",
            "work",
          ];
          for (const entry of seen.root) expect(allowed, entry).toContain(entry);
          for (const path of hostPaths)
            expect(seen.found[path], path).toMatch(/^(FileNotFoundError|PermissionError)$/);
        },
      },
      {
        name: "env",
        language: "c",
        source: `${C_HEADERS}int main(void) { printf("%s %d\\n", getenv("SANDBOX_TEST_SECRET") ? "LEAK" : "none", fopen("/etc/shadow", "r") != 0); }`,
        expect: "ok",
        check: (r) => expect(r.stdout).toBe("none 0\n"),
      },
      {
        name: "env",
        language: "javascript",
        source:
          "console.log(JSON.stringify(process.env).includes('SECRET'), require('fs').existsSync('/etc/passwd'));\n",
        expect: "ok",
        check: (r) => expect(r.stdout).toBe("false false\n"),
      },
      {
        name: "env",
        language: "java",
        source: java(
          'System.out.println(System.getenv().containsKey("SANDBOX_TEST_SECRET") + " " + new java.io.File("/etc/shadow").exists());',
        ),
        expect: "ok",
        check: (r) => expect(r.stdout).toBe("false false\n"),
      },
    ]);
  }, 120_000);

  it("planted symlinks and links point nowhere the host reads or writes", async () => {
    const shadow = statSync("/etc/shadow", { throwIfNoEntry: false });
    const plant = [
      "import os",
      "for target, link in [('/etc/shadow', '/work/out'), ('/root', '/tmp/root'), ('/', '/dev/shm/host'), ('/proc/self/root', '/work/main.py.lnk')]:",
      "    os.symlink(target, link)",
      "results = []",
      "for link in ['/work/out', '/tmp/root', '/dev/shm/host/etc/shadow']:",
      "    try:",
      "        open(link, 'a').write('pwned')",
      "        results.append('wrote')",
      "    except OSError as e:",
      "        results.append(type(e).__name__)",
      "try:",
      "    os.link('/usr/bin/env', '/work/hardlink')",
      "    results.append('linked')",
      "except OSError as e:",
      "    results.append(type(e).__name__)",
      "print(results)",
    ].join("\n");
    await runCases([
      {
        name: "symlinks",
        language: "python",
        source: plant,
        expect: "ok",
        check: (r) => expect(r.stdout).not.toMatch(/wrote|linked/),
      },
    ]);
    expect(statSync("/etc/shadow", { throwIfNoEntry: false })?.mtimeMs).toBe(shadow?.mtimeMs);
  }, 120_000);

  it("compile bombs end as compile errors within the compiler's limits", async () => {
    const bounded = (r: ExecuteResult) => expect(r.timeMs).toBeLessThan(10_500);
    await runCases([
      {
        name: "/dev/random",
        language: "c",
        source: "#include </dev/random>\nint main(void) { return 0; }",
        expect: "compile_error",
        check: bounded,
      },
      {
        name: "/dev/zero",
        language: "cpp",
        source: "#include </dev/zero>\nint main() {}",
        expect: "compile_error",
        check: bounded,
      },
      {
        name: "__FILE__",
        language: "c",
        source: "#include __FILE__\nint main(void) { return 0; }",
        expect: "compile_error",
      },
      {
        name: "host file",
        language: "c",
        source: '#include "/etc/shadow"\nint main(void) { return 0; }',
        expect: "compile_error",
      },
      {
        name: "huge array",
        language: "cpp",
        source: "int a[1 << 28] = {1, 2, 3};\nint main() { return a[5]; }",
        expect: "compile_error",
      },
      {
        name: "templates",
        language: "cpp",
        source:
          "template <int N> struct F { static const int v = F<N - 1>::v + 1; };\nint main() { return F<1000000>::v; }",
        expect: "compile_error",
      },
    ]);
  }, 120_000);

  it("setsid and double fork do not escape the kill", async () => {
    const daemon =
      "import os, time\nif os.fork() == 0:\n    os.setsid()\n    if os.fork() == 0:\n        time.sleep(60)\n    os._exit(0)\nprint('parent done')\n";
    await runCases([
      { name: "daemon", language: "python", source: daemon, expect: "ok" },
      {
        name: "daemon",
        language: "c",
        source: `${C_HEADERS}int main(void) { if (daemon(0, 0) == 0) sleep(60); return 0; }`,
        expect: "ok",
      },
      {
        name: "daemon + spin",
        language: "python",
        source: daemon.replace("print('parent done')", "while True:\n    pass"),
        expect: "time_limit",
      },
    ]);
  }, 120_000);

  it("reports exit codes and signals as runtime errors", async () => {
    await runCases([
      {
        name: "exit 3",
        language: "python",
        source: "import sys\nsys.exit(3)\n",
        expect: "runtime_error",
        check: (r) => expect(r.exitCode).toBe(3),
      },
      {
        name: "exit 7",
        language: "c",
        source: "int main(void) { return 7; }",
        expect: "runtime_error",
        check: (r) => expect(r.exitCode).toBe(7),
      },
      {
        name: "exit 4",
        language: "java",
        source: java("System.exit(4);"),
        expect: "runtime_error",
        check: (r) => expect(r.exitCode).toBe(4),
      },
      {
        name: "exit 5",
        language: "javascript",
        source: "process.exit(5);\n",
        expect: "runtime_error",
        check: (r) => expect(r.exitCode).toBe(5),
      },
      {
        name: "SIGSEGV",
        language: "c",
        source: "#include <signal.h>\nint main(void) { raise(SIGSEGV); }",
        expect: "runtime_error",
        check: (r) => expect(r).toMatchObject({ signal: "SIGSEGV", exitCode: null }),
      },
      {
        name: "abort",
        language: "cpp",
        source: '#include <stdexcept>\nint main() { throw std::runtime_error("boom"); }',
        expect: "runtime_error",
        check: (r) => expect(r.signal).toBe("SIGABRT"),
      },
      {
        name: "SIGKILL self",
        language: "python",
        source: "import os, signal\nos.kill(os.getpid(), signal.SIGKILL)\n",
        expect: "runtime_error",
        check: (r) => expect(r.signal).toBe("SIGKILL"),
      },
    ]);
  }, 120_000);

  it("cannot kill, trace or impersonate its supervisor", async () => {
    const attack = [
      "import os, signal",
      "out = []",
      "try:",
      "    os.kill(1, signal.SIGKILL)  # another uid (root mode): refused; else dropped by the kernel (init)",
      "    out.append('sent')",
      "except OSError as e:",
      "    out.append(type(e).__name__)",
      "try:",
      "    os.kill(-1, signal.SIGKILL)  # everyone but us and init: there is no one",
      "except ProcessLookupError:",
      "    pass",
      "for path in ['/proc/1/fd', '/proc/1/mem', '/proc/1/environ']:",
      "    try:",
      "        os.listdir(path) if path.endswith('fd') else open(path, 'rb').read(1)",
      "        out.append('read ' + path)",
      "    except OSError as e:",
      "        out.append(type(e).__name__)",
      "try:",
      "    os.write(3, b'exit=0 signal=0 cpu_ms=0 wall_ms=0 maxrss_kb=0 timeout=none exec_errno=0 unpack=ok pack=none\\n')",
      "    out.append('forged')",
      "except OSError as e:",
      "    out.append(type(e).__name__)",
      "print(out)",
      "import sys; sys.exit(9)",
    ].join("\n");
    const ptrace =
      "#include <errno.h>\n#include <stdio.h>\n#include <sys/ptrace.h>\n" +
      'int main(void) { long r = ptrace(PTRACE_ATTACH, 1, 0, 0); printf("%ld %d\\n", r, errno == EPERM); return 0; }';
    await runCases([
      {
        name: "attack supervisor",
        language: "python",
        source: attack,
        expect: "runtime_error",
        check: (r) => {
          expect(r.exitCode).toBe(9);
          const kill = sandbox.mode === "root" ? "PermissionError" : "sent";
          expect(r.stdout).toBe(
            `['${kill}', 'PermissionError', 'PermissionError', 'PermissionError', 'OSError']\n`,
          );
        },
      },
      {
        name: "ptrace",
        language: "c",
        source: ptrace,
        expect: "ok",
        check: (r) => expect(r.stdout).toBe("-1 1\n"),
      },
    ]);
  }, 120_000);
});
