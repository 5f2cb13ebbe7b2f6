import { defineConfig } from "vitest/config";

// Five suites: fast pure tests (no processes), system tests that run real tools and hostile input
// (`*.system.test.ts`: sandbox attacks, PDF parsing and bombs, speech engines), integration tests that
// start the real server, the suites that need PostgreSQL and Redis running (`npm run test:services`, run
// by .ci/run), and browser tests that drive Debian Chromium through playwright-core. `npm test` needs
// the clone and the system packages .ci/run installs (bubblewrap, compilers, espeak-ng), no services.
// A system test whose tool is missing fails; none is skipped for it.
const SYSTEM = ["packages/**/src/**/*.system.test.ts", "apps/server/src/**/*.system.test.ts"];
const NEEDS_SERVICES = [
  "apps/server/test/bullmq-queue.test.ts",
  "apps/server/test/redis-counters.test.ts",
  "apps/server/test/queued-sandbox.test.ts",
  "apps/server/test/panel-cluster.test.ts",
];
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: [
            "packages/**/src/**/*.test.ts",
            "apps/server/src/**/*.test.ts",
            "apps/web/src/**/*.test.ts",
            "scripts/**/*.test.mjs",
          ],
          exclude: ["**/node_modules/**", ...SYSTEM],
          // Pure, but some parse real PDFs and fonts: a machine busy with other work must not fail them.
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: "system",
          include: SYSTEM,
          // Hostile programs and files run against real limits; the machine may be shared and busy.
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
      {
        test: {
          name: "integration",
          include: ["apps/server/test/**/*.test.ts"],
          exclude: NEEDS_SERVICES,
          // Each file starts a real server; on a busy shared machine that alone can take a minute.
          testTimeout: 90_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: "services",
          include: NEEDS_SERVICES,
          // Each file starts a real server; on a busy shared machine that alone can take a minute.
          testTimeout: 90_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
      {
        // Two API processes and workers on PostgreSQL + Redis (`npm run test:cluster`, run by .ci/run).
        test: {
          name: "cluster",
          include: ["test/cluster/**/*.test.ts"],
          testTimeout: 120_000,
          hookTimeout: 240_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: "e2e",
          include: ["e2e/**/*.test.ts"],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
