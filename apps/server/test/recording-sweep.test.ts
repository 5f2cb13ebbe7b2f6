import { existsSync, mkdirSync, mkdtempSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { SWEEP_GRACE_MS } from "../src/recording/recording-service";
import { startTestServer, type TestServer } from "./test-server";

// A loaded machine can take a minute to start the server: not a speed check.
const STARTUP_MS = 240_000;

// Several api nodes share one recordings folder (or bucket); a node starting sweeps bytes whose row is
// gone, and must not take a file another node has just written and is about to add the row for.
describe("the start-up sweep of recordings without a row", () => {
  let server: TestServer | undefined;
  afterAll(() => server?.close({ removeData: true }));

  it(
    "removes old orphaned files and keeps one written moments ago",
    async () => {
      const dataDir = mkdtempSync(join(tmpdir(), "studio-sweep-"));
      const file = (user: string) => {
        const dir = join(dataDir, "recordings", user, "session-1");
        mkdirSync(dir, { recursive: true });
        const path = join(dir, "q1");
        writeFileSync(path, Buffer.from("webm bytes"));
        return path;
      };
      const inFlight = file("user-uploading");
      const orphan = file("user-deleted");
      const old = new Date(Date.now() - SWEEP_GRACE_MS - 60_000);
      utimesSync(orphan, old, old);

      server = await startTestServer({}, dataDir);
      expect(existsSync(orphan)).toBe(false);
      expect(existsSync(inFlight)).toBe(true);
    },
    STARTUP_MS,
  );
});
