import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { verdictSchema } from "@studio/protocol";
import { Queue } from "bullmq";
import { Redis } from "ioredis";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { type NodeProcess, startNode } from "../../../test/cluster/processes";
import { backend, backendName, Client, startTestServer, type TestServer } from "./test-server";

// Sleeps past its wall clock: the run lasts seconds, then ends in a verdict (time_limit).
const SLEEPY = "import time\ntime.sleep(60)\n";
// Sleeps a moment, then prints a wrong answer.
const SLOW_WRONG = "import time\ntime.sleep(2)\nprint(0)\n";
const clustered = Boolean(backend.redisUrl);
// Short bounds so a lost row is overdue within seconds: the deadline is the queue timeout plus a grace.
const ENV = { PENDING_SWEEP_SECONDS: "1", CODING_TIMEOUT_SECONDS: "4", JOB_LOCK_SECONDS: "2" };
const PORT = 18_731;

type Row = { id: string; status: string; verdict: string; error?: { code: string; message: string } };
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function listed(client: Client): Promise<Row[]> {
  const list = await client.request("GET", "/api/coding/submissions");
  expect(list.status).toBe(200);
  return list.body.submissions;
}

async function waitFor<T>(what: string, read: () => Promise<T | undefined>, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await pause(200);
  }
}

const submit = (client: Client, source: string) =>
  client
    .request("POST", "/api/coding/submissions", { problemId: "two-sum", language: "python", source })
    .catch((error: Error) => ({ status: 0, body: String(error) }));

describe(`pending coding submissions a stopped node left behind (${backendName})`, () => {
  const dataDir = mkdtempSync(join(tmpdir(), "studio-sweep-"));
  let killed: NodeProcess | undefined;
  let server: TestServer | undefined;
  afterAll(async () => {
    if (killed?.child.exitCode === null) await killed.kill("SIGKILL");
    await server?.close({ removeData: true });
  });

  it("are settled once the node is gone: lost runs fail with a message to resubmit, finished ones keep their verdict", async () => {
    const node = await startNode("sweep-a", "all", PORT, {
      ...ENV,
      // The secret startTestServer uses: a login made on the killed node works on the next one.
      SESSION_SECRET: "test-secret-test-secret-test-secret",
      DATA_DIR: dataDir,
      ...(backend.databaseUrl ? { DATABASE_URL: backend.databaseUrl } : {}),
      ...(backend.redisUrl ? { REDIS_URL: backend.redisUrl } : {}),
    });
    killed = node;
    const client = new Client(node.url);
    await client.signUp();
    // In a cluster, a second run goes on to a worker after its node dies; in one process it dies with it.
    const sources = clustered ? [SLEEPY, SLEEPY] : [SLEEPY];
    const replies = sources.map((source) => submit(client, source));
    const pending = await waitFor("the rows stored as pending", async () => {
      const rows = await listed(client);
      return rows.length === sources.length && rows.every((r) => r.status === "pending") ? rows : undefined;
    });
    await node.kill("SIGKILL");
    for (const reply of await Promise.all(replies)) expect(reply.status).toBe(0); // no answer: node died

    const [lost, survived] = pending.map((row) => row.id);
    const queue = clustered ? new Queue("coding-run", { prefix: "studio", connection: redis() }) : null;
    let survivorOverdue = false;
    if (queue) {
      // The first run's job is lost as with a Redis restarted without persistence: once the dead node's
      // lock expires, nothing of it is left. The other job stays, to be taken by the next worker.
      await waitFor("the dead node's lock to expire", async () =>
        (await queue.remove(lost as string)) === 1 ? true : undefined,
      );
      // The next node starts only once the surviving row is past its deadline, its job still there: the
      // sweep then meets an overdue row whose job a live worker takes, whatever the machine's speed.
      const deadline = await deadlineOf(survived as string);
      await pause(Math.max(0, deadline - Date.now() + 200));
      const state = await (await queue.getJob(survived as string))?.getState();
      survivorOverdue = Date.now() > deadline && (state === "active" || state === "waiting");
    }

    server = await startTestServer(ENV, dataDir);
    const again = new Client(server.url);
    again.token = client.token;
    const failed = await waitFor("the lost row to fail", async () =>
      (await listed(again)).find((r) => r.id === lost && r.status !== "pending"),
    );
    expect(failed).toMatchObject({ status: "failed", verdict: "failed", error: { code: "SUBMISSION_LOST" } });
    expect(failed.error?.message).toMatch(/submit it again/);
    if (!queue) return;

    // The surviving job is past its row's deadline while a worker still runs it: it must not be swept.
    expect(survivorOverdue).toBe(true);
    const done = await waitFor("the surviving row's verdict", async () => {
      const row = (await listed(again)).find((r) => r.id === survived);
      expect(row?.status).not.toBe("failed");
      return row?.status === "done" ? row : undefined;
    });
    expect(verdictSchema.options).toContain(done.verdict);
    await queue.close();
  }, 240_000);

  it("never sweeps a submission whose run is still going", async () => {
    const client = new Client((server as TestServer).url);
    await client.signUp();
    const reply = submit(client, SLOW_WRONG);
    const seen = new Set<string>();
    let answered = false;
    void reply.finally(() => {
      answered = true;
    });
    while (!answered) {
      for (const row of await listed(client)) seen.add(row.status);
      await pause(100);
    }
    expect((await reply).status).toBe(200);
    expect(seen.has("pending")).toBe(true);
    expect(seen.has("failed")).toBe(false);
    expect(await listed(client)).toEqual([
      expect.objectContaining({ status: "done", verdict: "wrong_answer" }),
    ]);
  }, 120_000);
});

function redis(): Redis {
  return new Redis(backend.redisUrl as string, { maxRetriesPerRequest: null });
}

/** The row's stored deadline, read from PostgreSQL as an operator would. */
async function deadlineOf(id: string): Promise<number> {
  const client = new pg.Client({ connectionString: backend.databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query("SELECT deadline_at FROM coding_submissions WHERE id = $1", [id]);
    return new Date(rows[0].deadline_at).getTime();
  } finally {
    await client.end();
  }
}
