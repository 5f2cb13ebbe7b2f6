import { readFileSync } from "node:fs";
import { join } from "node:path";
import { PROBLEMS_DIR } from "@studio/sandbox";
import { Queue } from "bullmq";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { call, Nodes, signUp } from "./http";
import { backingServices, freshDatabase, type NodeProcess, startNode } from "./processes";
import { type InterviewLog, textInterview } from "./text-candidate";
import { type VoiceLog, VoiceSocket, voiceInterview } from "./voice-candidate";

// Two API processes and worker processes on one PostgreSQL and one Redis, as docker-compose.yml runs
// them; killed with SIGKILL the way a crashed container or an evicted pod dies.
const PORTS = { api1: 18_601, api2: 18_602, worker1: 18_611, worker2: 18_612 };
const ANSWER =
  "저는 결제 API의 응답 시간을 2.8초에서 0.4초로 줄였습니다. 먼저 APM으로 병목을 측정했고, 캐시와 쿼리 개선을 적용한 뒤 지표로 효과를 확인했습니다. 팀과 결과를 공유하고 장애 대응 문서도 정리했습니다.";
const answerFor = (who: string) => (turn: number) => `${ANSWER} (${who}, 답변 ${turn + 1})`;
const accepted = readFileSync(
  join(PROBLEMS_DIR, "two-sum", "submissions", "accepted", "hash_map.py"),
  "utf8",
);

describe("a cluster: two API nodes, workers, PostgreSQL and Redis", () => {
  let env: Record<string, string>;
  let redis: Redis;
  const nodes: Record<string, NodeProcess> = {};
  let api: Nodes;

  beforeAll(async () => {
    const { databaseServer, redisServer } = backingServices();
    const redisUrl = new URL(redisServer);
    redisUrl.pathname = "/7"; // a Redis database of its own
    redis = new Redis(redisUrl.toString());
    await redis.flushdb();
    env = {
      DATABASE_URL: await freshDatabase(databaseServer, "studio_cluster"),
      REDIS_URL: redisUrl.toString(),
      SESSION_SECRET: "cluster-test-secret-shared-by-every-node",
      // A worker that dies loses its jobs to another within a few seconds, not the default 30.
      JOB_LOCK_SECONDS: "3",
      CODING_TIMEOUT_SECONDS: "120",
    };
    // The first node migrates the database; the second starts against it at the same time.
    const [a, b] = await Promise.all([
      startNode("api1", "api", PORTS.api1, env),
      startNode("api2", "api", PORTS.api2, env),
    ]);
    nodes.api1 = a;
    nodes.api2 = b;
    api = new Nodes([a.url, b.url]);
  });

  afterAll(async () => {
    for (const node of Object.values(nodes)) if (node.child.exitCode === null) await node.kill("SIGTERM");
    redis?.disconnect();
  });

  it("refuses a coding run with a clear error while no worker is up", async () => {
    const token = await signUp(api, 0, "early");
    const run = await call(nodes.api1!.url, token, "POST", "/api/coding/execute", {
      language: "python",
      source: "print(1)",
    });
    expect(run.status).toBe(503);
    expect(run.body.error.code).toBe("WORKER_UNAVAILABLE");
    expect(run.body.error.message).toMatch(/ROLE=worker/);
    const status = await call(nodes.api2!.url, null, "GET", "/api/status");
    expect(status.body.cluster).toMatchObject({ role: "api", workers: [] });
    expect(status.body.services.sandbox.enabled).toBe(false);
  });

  it("starts a worker that /api/status reports, and schedules repeated jobs once per cluster", async () => {
    nodes.worker1 = await startNode("worker1", "worker", PORTS.worker1, env);
    const status = await call(nodes.api1!.url, null, "GET", "/api/status");
    expect(status.body.cluster.workers).toHaveLength(1);
    expect(status.body.cluster.queues.map((q: { name: string }) => q.name)).toContain("coding-run");
    const cleanup = new Queue("cleanup-expired-sessions", { connection: redis, prefix: "studio" });
    // Three processes asked for the schedule; there is one.
    expect(await cleanup.getJobSchedulersCount()).toBe(1);
    await cleanup.close();
  });

  it("signs in on one node and out on the other, at once", async () => {
    const token = await signUp(api, 0, "logout");
    expect((await call(nodes.api1!.url, token, "GET", "/api/auth/me")).status).toBe(200);
    expect((await call(nodes.api2!.url, token, "POST", "/api/auth/logout")).status).toBeLessThan(300);
    expect((await call(nodes.api1!.url, token, "GET", "/api/auth/me")).status).toBe(401);
  });

  it("keeps one live connection per interview across nodes (the older socket closes with 4000)", async () => {
    const token = await signUp(api, 1, "two-tabs");
    const session = await call(nodes.api1!.url, token, "POST", "/api/sessions", {
      language: "ko",
      mode: "voice",
    });
    const first = await VoiceSocket.open(nodes.api1!.url, session.body.id, token);
    await first.waitFor((m) => m.type === "session_state", 0);
    const second = await VoiceSocket.open(nodes.api2!.url, session.body.id, token);
    await second.waitFor((m) => m.type === "session_state", 0);
    await first.waitFor((m) => m.type === "error" && m.code === "REPLACED", 0).catch(() => null);
    for (let i = 0; i < 100 && first.closed === null; i++) await new Promise((r) => setTimeout(r, 100));
    expect(first.closed).toBe(4000);
    expect(second.closed).toBeNull();
    second.socket.close();
  });

  it("re-drives a voice turn that a dead node had received but not stored", async () => {
    const token = await signUp(api, 0, "redrive");
    const session = await call(nodes.api2!.url, token, "POST", "/api/sessions", {
      language: "ko",
      mode: "voice",
    });
    const questionId = session.body.question.id as string;
    const text = `${ANSWER} (re-driven)`;
    // What VoiceSession writes before handling an answer, as a node that died just after leaves it.
    await redis.set(`studio:turn:${session.body.id}`, JSON.stringify({ questionId, text, durationMs: 1000 }));
    const socket = await VoiceSocket.open(nodes.api1!.url, session.body.id, token);
    const { message: state } = await socket.waitFor((m) => m.type === "session_state", 0);
    expect(state).toMatchObject({ resumedAnswer: questionId });
    const { message: evaluation } = await socket.waitFor((m) => m.type === "evaluation", 0);
    expect(evaluation).toMatchObject({ questionId });
    const { message: next } = await socket.waitFor((m) => m.type === "ai_transcript_chunk" && m.done, 0);
    expect(next).not.toMatchObject({ questionId });
    socket.socket.close();
    const detail = await call(nodes.api2!.url, token, "GET", `/api/sessions/${session.body.id}`);
    expect(detail.body.answers).toEqual([expect.objectContaining({ questionId, text })]);
  });

  let finished: string[] = [];

  it("runs 20 text and 5 voice interviews and coding across nodes; an API node dies mid-way and nothing is lost", async () => {
    const tokens = await Promise.all(Array.from({ length: 25 }, (_, i) => signUp(api, i, `candidate${i}`)));
    const voiceSessions = await Promise.all(
      tokens.slice(20).map((token, i) =>
        call(api.pick(i), token, "POST", "/api/sessions", {
          language: "ko",
          mode: "voice",
          questionCount: 3,
        }),
      ),
    );
    let answers = 0;
    let killed: Promise<void> | null = null;
    // SIGKILL api1 once the interviews are well under way: its candidates are mid-interview.
    const onAnswer = async () => {
      if (++answers === 40 && !killed) killed = nodes.api1!.kill("SIGKILL");
    };
    const coding = tokens.slice(0, 4).map((token, i) =>
      call(api.pick(i), token, "POST", "/api/coding/submissions", {
        problemId: "two-sum",
        language: "python",
        source: accepted,
      }).catch(() => null),
    );
    const text: Promise<InterviewLog>[] = tokens
      .slice(0, 20)
      .map((token, i) => textInterview(api, token, i, answerFor(`text${i}`), onAnswer));
    const voice: Promise<VoiceLog>[] = voiceSessions.map((created, i) =>
      voiceInterview(api, tokens[20 + i]!, created.body.id, i, answerFor(`voice${i}`), onAnswer),
    );
    const [textLogs, voiceLogs, judged] = await Promise.all([
      Promise.all(text),
      Promise.all(voice),
      Promise.all(coding),
    ]);
    await killed;
    expect(nodes.api1!.child.signalCode).toBe("SIGKILL");
    expect(api.failovers).toBeGreaterThan(0);

    // Coding: judged by the worker; a submission whose node died under it may be lost, not doubled.
    const verdicts = judged.filter((r) => r?.status === 200).map((r) => r?.body.verdict);
    expect(verdicts.length).toBeGreaterThan(0);
    expect(new Set(verdicts)).toEqual(new Set(["accepted"]));

    // Every interview finished with each answer stored once, as sent, and no question asked twice.
    const logs = [...textLogs, ...voiceLogs];
    for (const [i, log] of logs.entries()) {
      const detail = await call(nodes.api2!.url, tokens[i]!, "GET", `/api/sessions/${log.sessionId}`);
      expect(detail.body.status).toBe("completed");
      const stored = detail.body.answers.map((a: { questionId: string; text: string }) => [
        a.questionId,
        a.text,
      ]);
      expect(stored).toEqual([...log.sent.entries()]);
    }
    for (const log of textLogs) expect(new Set(log.asked).size).toBe(log.asked.length);
    for (const log of voiceLogs) expect(log.repeated).toEqual([]);
    expect(voiceLogs.some((log) => log.reconnects > 0)).toBe(true);
    finished = logs.map((log) => log.sessionId);
  }, 600_000);

  it("retries a coding job on a second worker when the first dies mid-job, and finishes it once", async () => {
    const token = await signUp(api, 1, "slow-coder");
    const slow = "import time\ntime.sleep(2.5)\nprint('survived')\n";
    const run = call(nodes.api2!.url, token, "POST", "/api/coding/execute", {
      language: "python",
      source: slow,
    });
    // Wait until the worker holds the job, then kill it.
    let jobId = "";
    for (let i = 0; i < 600 && !jobId; i++) {
      jobId = (await redis.lrange("studio:coding-run:active", 0, -1))[0] ?? "";
      if (!jobId) await new Promise((r) => setTimeout(r, 25));
    }
    expect(jobId).not.toBe("");
    // "active" is set as the worker takes the job; its ledger entry once the run is really under way.
    for (let i = 0; i < 400; i++) {
      if ((await redis.hget(`studio:ledger:coding-run:${jobId}`, "started")) === "1") break;
      await new Promise((r) => setTimeout(r, 25));
    }
    await new Promise((r) => setTimeout(r, 300));
    await nodes.worker1!.kill("SIGKILL");
    nodes.worker2 = await startNode("worker2", "worker", PORTS.worker2, env);
    const reply = await run;
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ status: "ok", stdout: "survived\n" });
    const ledger = await redis.hgetall(`studio:ledger:coding-run:${jobId}`);
    expect(ledger).toEqual({ started: "2", completed: "1" });
  }, 300_000);

  it("produces the report of every finished interview exactly once", async () => {
    expect(finished.length).toBe(25);
    for (const id of finished) {
      let completed = "";
      for (let i = 0; i < 600 && completed !== "1"; i++) {
        completed = (await redis.hget(`studio:ledger:build-report:report-${id}`, "completed")) ?? "";
        if (completed !== "1") await new Promise((r) => setTimeout(r, 100));
      }
      expect(completed).toBe("1");
    }
    // Give a second run the time to show up, had one been queued.
    await new Promise((r) => setTimeout(r, 3000));
    for (const id of finished) {
      expect(await redis.hget(`studio:ledger:build-report:report-${id}`, "completed")).toBe("1");
    }
  }, 300_000);
});
