import { readFileSync } from "node:fs";
import { join } from "node:path";
import { PROBLEMS_DIR } from "@studio/sandbox";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backendName, Client, startTestServer, type TestServer } from "./test-server";

const accepted = (problem: string, file: string) =>
  readFileSync(join(PROBLEMS_DIR, problem, "submissions", "accepted", file), "utf8");

describe(`coding test over HTTP (${backendName})`, () => {
  let server: TestServer;
  let client: Client;
  beforeAll(async () => {
    server = await startTestServer();
    client = new Client(server.url);
    await client.signUp();
  });
  afterAll(() => server.close({ removeData: true }));

  it("lists twelve problems by difficulty and serves a statement in Korean and English", async () => {
    const list = await client.request("GET", "/api/coding/problems");
    expect(list.body.problems).toHaveLength(12);
    const counts = { easy: 0, medium: 0, hard: 0 } as Record<string, number>;
    for (const p of list.body.problems) counts[p.difficulty]!++;
    expect(counts).toEqual({ easy: 4, medium: 5, hard: 3 });
    const ko = await client.request("GET", "/api/coding/problems/two-sum?lang=ko");
    expect(ko.body.statement).toMatch(/[가-힣]/);
    expect(Object.keys(ko.body.starterCode).sort()).toEqual(["c", "cpp", "java", "javascript", "python"]);
    const en = await client.request("GET", "/api/coding/problems/two-sum?lang=en");
    expect(en.body.statement).not.toMatch(/[가-힣]/);
    expect((await client.request("GET", "/api/coding/problems/nope")).status).toBe(404);
  });

  it("runs a program in the sandbox and reports its output", async () => {
    const res = await client.request("POST", "/api/coding/execute", {
      language: "python",
      source: "print(int(input()) * 2)",
      stdin: "21\n",
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: "ok", stdout: "42\n", exitCode: 0 });
  });

  it("judges a submission, and the interview's report shows it", async () => {
    const session = await client.request("POST", "/api/sessions", { language: "en", questionCount: 1 });
    const res = await client.request("POST", "/api/coding/submissions", {
      problemId: "two-sum",
      language: "python",
      source: accepted("two-sum", "hash_map.py"),
      sessionId: session.body.id,
    });
    expect(res.status).toBe(200);
    expect(res.body.verdict).toBe("accepted");
    expect(res.body.tests.length).toBeGreaterThan(1);
    expect(res.body.analysis.complexity).toMatch(/O\(/);

    await client.request("POST", `/api/sessions/${session.body.id}/end`);
    await server.services.queue.drain();
    const report = (await client.request("GET", `/api/sessions/${session.body.id}/report`)).body;
    expect(report.coding).toMatchObject({
      solved: 1,
      attempted: 1,
      problems: [{ problemId: "two-sum", verdict: "accepted" }],
    });
  });

  it("refuses a submission into another user's interview, and needs a login to run code", async () => {
    const other = new Client(server.url);
    await other.signUp();
    const session = await other.request("POST", "/api/sessions", { language: "en" });
    const res = await client.request("POST", "/api/coding/submissions", {
      problemId: "two-sum",
      language: "python",
      source: "print(1)",
      sessionId: session.body.id,
    });
    expect(res.status).toBe(404);
    const anonymous = await new Client(server.url).request("POST", "/api/coding/execute", {
      language: "c",
      source: "int main(void) { return 0; }",
    });
    expect(anonymous.status).toBe(401);
  });

  it("stores and returns a failing sample's stderr with NUL and invalid UTF-8, never a 500", async () => {
    const source =
      "import sys\nsys.stdout.buffer.write(b'\\x00\\xff')\nsys.stderr.buffer.write(b'a\\x00b\\xff\\n')\nsys.exit(1)\n";
    const judged = await client.request("POST", "/api/coding/submissions", {
      problemId: "two-sum",
      language: "python",
      source,
    });
    expect(judged.status).toBe(200);
    expect(judged.body).toMatchObject({ verdict: "runtime_error", message: "a\uFFFDb\uFFFD" });
    const run = await client.request("POST", "/api/coding/execute", { language: "python", source });
    expect(run.status).toBe(200);
    expect(run.body).toMatchObject({ status: "runtime_error", stdout: "\uFFFD\uFFFD" });
  });

  it("reports secret tests by verdict alone", async () => {
    const res = await client.request("POST", "/api/coding/submissions", {
      problemId: "two-sum",
      language: "python",
      source: accepted("two-sum", "hash_map.py"),
    });
    const secret = res.body.tests.filter((test: { sample?: boolean }) => !test.sample);
    expect(secret.length).toBeGreaterThan(0);
    for (const test of secret) expect(test).toEqual({ verdict: "accepted", sample: false });
    expect(res.body.timeMs).toBeTypeOf("number");
  });

  it("shows the sandbox, its languages and its cgroup delegation in /api/status", async () => {
    const status = await client.request("GET", "/api/status");
    expect(status.body.services.sandbox).toMatchObject({ enabled: true, provider: "bubblewrap" });
    expect(status.body.services.sandbox.cgroup.delegated).toBeTypeOf("boolean");
    for (const language of ["python", "javascript", "java", "c", "cpp"]) {
      expect(status.body.services.sandbox.detail).toContain(language);
    }
  });
});
