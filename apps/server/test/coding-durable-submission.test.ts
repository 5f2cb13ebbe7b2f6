import { MAX_SOURCE_BYTES } from "@studio/protocol";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backendName, Client, startTestServer, type TestServer } from "./test-server";

// Sleeps before a wrong answer: the verdict takes a moment, long enough to look at the row meanwhile.
const SLOW_WRONG = "import time\ntime.sleep(1.5)\nprint(0)\n";

describe(`a coding submission stored before it runs (${backendName})`, () => {
  const servers: TestServer[] = [];
  let first: TestServer;
  beforeAll(async () => {
    first = await startTestServer();
    servers.push(first);
  }, 180_000);
  afterAll(async () => {
    const last = servers.at(-1);
    await last?.close({ removeData: true });
  });

  it("is listed as pending while it runs, and after a restart with its verdict", async () => {
    const client = new Client(first.url);
    await client.signUp();

    let replied = false;
    const submitted = client
      .request("POST", "/api/coding/submissions", {
        problemId: "two-sum",
        language: "python",
        source: SLOW_WRONG,
      })
      .finally(() => {
        replied = true;
      });
    // Before any verdict, the row is already there: a node lost now would leave it, pending.
    let pending: { id: string; status?: string; verdict: string } | undefined;
    while (!replied && !pending) {
      const list = await client.request("GET", "/api/coding/submissions");
      pending = list.body.submissions[0];
      if (!pending) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(replied).toBe(false);
    expect(pending).toMatchObject({ problemId: "two-sum", status: "pending", verdict: "pending" });

    // A report made now leaves out what has no verdict yet, rather than failing on it.
    const progress = await client.request("GET", "/api/progress");
    expect(progress.status).toBe(200);

    const judged = await submitted;
    expect(judged.status).toBe(200);
    expect(judged.body.verdict).not.toBe("accepted");

    // The node stops (it finishes the request it was serving) and another starts on the same data.
    await first.close();
    const second = await startTestServer({}, first.dataDir);
    servers.push(second);
    const again = new Client(second.url);
    again.token = client.token;
    const list = await again.request("GET", "/api/coding/submissions");
    expect(list.status).toBe(200);
    expect(list.body.submissions).toEqual([
      expect.objectContaining({ id: pending?.id, status: "done", verdict: judged.body.verdict }),
    ]);
  }, 240_000);

  it("keeps no row for a submission the sandbox refused to run", async () => {
    // Short enough in characters for the request's schema, too long in bytes for the sandbox: refused
    // after the row was stored as pending.
    const server = servers.at(-1) as TestServer;
    const client = new Client(server.url);
    await client.signUp();
    const refused = await client.request("POST", "/api/coding/submissions", {
      problemId: "two-sum",
      language: "python",
      source: `# ${"가".repeat(MAX_SOURCE_BYTES / 2)}`,
    });
    expect(refused.status).toBe(413);
    expect((await client.request("GET", "/api/coding/submissions")).body.submissions).toEqual([]);
  });
});
