import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../apps/server/test/test-server";
import { type NodeProcess, startNode } from "../test/cluster/processes";
import { collectPageErrors, launchBrowser, snap } from "./browser";

const webDist = fileURLToPath(new URL("../apps/web/dist", import.meta.url));
const SECRET = "test-secret-test-secret-test-secret";

// A server killed while it judged a submission; the candidate comes back on the next server and reloads
// the account page: the submission is there, not judging forever but lost, with a word to submit again.
describe("a submission lost with its server, in the browser", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "studio-lost-"));
  let first: NodeProcess | undefined;
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  afterAll(async () => {
    await browser?.close();
    if (first?.child.exitCode === null) await first.kill("SIGKILL");
    await server?.close({ removeData: true });
  });

  it("reads as not judged, to be submitted again", async () => {
    first = await startNode("lost-a", "all", 18_741, { DATA_DIR: dataDir, SESSION_SECRET: SECRET });
    const account = { email: `lost-${Date.now()}@example.com`, password: "correct horse battery" };
    const post = (path: string, body: unknown, token?: string) =>
      fetch(`${first?.url}${path}`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify(body),
      });
    await post("/api/auth/register", { ...account, name: "김하늘" });
    const { token } = await (await post("/api/auth/login", account)).json();
    const inFlight = post(
      "/api/coding/submissions",
      { problemId: "two-sum", language: "python", source: "import time\ntime.sleep(60)\n" },
      token,
    ).catch(() => null);
    for (;;) {
      const list = await fetch(`${first.url}/api/coding/submissions`, {
        headers: { authorization: `Bearer ${token}` },
      });
      if ((await list.json()).submissions.length > 0) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await first.kill("SIGKILL");
    expect(await inFlight).toBeNull();

    server = await startTestServer({ SERVE_WEB: "true", WEB_DIST_DIR: webDist }, dataDir);
    browser = await launchBrowser();
    const context = await browser.newContext({ locale: "en-US", viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await page.request.post(`${server.url}/api/auth/login`, { data: account });
    await page.goto(`${server.url}/account`);
    const list = page.getByTestId("submission-list");
    await expect.poll(() => list.textContent(), { timeout: 30_000 }).toMatch(/two-sum/);
    const text = (await list.textContent()) ?? "";
    expect(text).toMatch(/not judged: the server stopped before its verdict\. Submit it again\./);
    expect(text).not.toMatch(/judging/);
    await snap(page, "lost-submission");
    expect(errors).toEqual([]);
  });
});
