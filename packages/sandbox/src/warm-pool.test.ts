import { afterEach, describe, expect, it, vi } from "vitest";
import type { PhaseOutcome } from "./run-phase";
import { neverRan } from "./sandbox-start";
import { type WarmEntry, WarmPool, warmPoolFor } from "./warm-pool";

/** A sandbox as the pool sees it: set up at once (or never), ended by kill() or end(). */
class FakeSandbox implements WarmEntry {
  ended = false;
  killed = false;
  private setReady!: (ready: boolean) => void;
  private setExited!: () => void;
  readonly ready = new Promise<boolean>((resolve) => (this.setReady = resolve));
  readonly exited = new Promise<void>((resolve) => (this.setExited = resolve));

  constructor(
    readonly key: string,
    startsFine = true,
  ) {
    if (startsFine) this.setReady(true);
    else this.end();
  }

  kill(): void {
    this.killed = true;
    this.end();
  }

  end(): void {
    this.ended = true;
    this.setReady(false);
    this.setExited();
  }
}

function pool(options: Partial<{ perKey: number; total: number; idleMs: number }> = {}) {
  const warm = new WarmPool<FakeSandbox>({ perKey: 1, total: 4, idleMs: 30_000, ...options });
  const started: FakeSandbox[] = [];
  const starter = (key: string) => () => {
    const sandbox = new FakeSandbox(key);
    started.push(sandbox);
    return sandbox;
  };
  return { warm, started, starter };
}

afterEach(() => {
  vi.useRealTimers();
});

describe("WarmPool", () => {
  it("refills a used key in the background and hands each sandbox out once", async () => {
    const { warm, started, starter } = pool();
    expect(warm.take("c")).toBeUndefined();
    warm.want("c", starter("c"));
    await warm.idle();
    expect(started).toHaveLength(1);
    expect(warm.take("python")).toBeUndefined();
    expect(warm.take("c")).toBe(started[0]);
    expect(warm.take("c")).toBeUndefined();
    expect(warm.stats).toMatchObject({ hits: 1, misses: 3, started: 1 });
  });

  it("keeps perKey sandboxes per key and at most total in all, dropping the least recently used key", async () => {
    const { warm, started, starter } = pool({ perKey: 2, total: 3 });
    for (const key of ["a", "b"]) {
      warm.want(key, starter(key));
      await warm.idle();
    }
    // b, used last, gets its two at the expense of one of a's.
    expect(started.map((s) => s.key)).toEqual(["a", "a", "b", "b"]);
    expect(started[0]!.killed).toBe(true);
    expect(warm.size).toBe(3);
    warm.want("a", starter("a"));
    await warm.idle();
    // "a" is now the most recent: it gets its two back at b's expense, never more than three in all.
    expect(warm.size).toBe(3);
    expect(started.filter((s) => s.key === "b" && !s.killed)).toHaveLength(1);
    expect(started.filter((s) => s.key === "a" && !s.killed)).toHaveLength(2);
  });

  it("stops an unused sandbox after idleMs and no longer refills its key", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"] });
    const { warm, started, starter } = pool({ idleMs: 1000 });
    warm.want("c", starter("c"));
    await warm.idle();
    await vi.advanceTimersByTimeAsync(1001);
    expect(started[0]!.killed).toBe(true);
    expect(warm.size).toBe(0);
    expect(warm.stats.expired).toBe(1);
    await vi.advanceTimersByTimeAsync(5000);
    expect(started).toHaveLength(1);
    expect(warm.take("c")).toBeUndefined();
  });

  it("skips a sandbox that died while waiting", async () => {
    const { warm, started, starter } = pool();
    warm.want("c", starter("c"));
    await warm.idle();
    started[0]!.end();
    expect(warm.take("c")).toBeUndefined();
    await Promise.resolve();
    expect(warm.size).toBe(0);
  });

  it("stops refilling when no uid is free or a start fails, without retrying in a loop", async () => {
    const { warm } = pool({ perKey: 3 });
    const none = vi.fn(() => undefined);
    warm.want("c", none);
    await warm.idle();
    expect(none).toHaveBeenCalledTimes(1);
    const failing = vi.fn(() => new FakeSandbox("c", false));
    warm.want("c", failing);
    await warm.idle();
    expect(failing).toHaveBeenCalledTimes(1);
    const throwing = vi.fn(() => {
      throw new Error("no cgroup");
    });
    warm.want("c", throwing);
    await warm.idle();
    expect(throwing).toHaveBeenCalledTimes(1);
  });

  it("evicts the oldest for a run short of uids, and close() kills every sandbox and stops refills", async () => {
    const { warm, started, starter } = pool({ perKey: 2 });
    warm.want("c", starter("c"));
    await warm.idle();
    expect(await warm.evict()).toBe(true);
    expect(started[0]!.killed).toBe(true);
    expect(warm.size).toBe(1);
    await warm.close();
    expect(started.every((s) => s.killed)).toBe(true);
    expect(await warm.evict()).toBe(false);
    warm.want("c", starter("c"));
    await warm.idle();
    expect(started).toHaveLength(2);
  });

  it("never holds the uid slots that concurrent runs need", () => {
    expect(warmPoolFor(true, 2, 4)?.options.total).toBe(2);
    expect(warmPoolFor({ total: 10 }, 2, 32)?.options.total).toBe(10);
    expect(warmPoolFor(true, 4, 4)).toBeUndefined();
    expect(warmPoolFor(true, 2)?.options.total).toBe(4);
  });
});

describe("neverRan", () => {
  const outcome = (fields: Partial<PhaseOutcome>): PhaseOutcome => ({
    stdout: "",
    stderr: "",
    stdoutOverflow: false,
    stderrOverflow: false,
    packed: Buffer.alloc(0),
    hostKilled: false,
    ...fields,
  });
  const report = { exitCode: 0, signal: 0, cpuMs: 1, wallMs: 1, maxRssKb: 1, timeout: "none" as const };
  const done = { ...report, execErrno: 0, unpack: "ok" as const, pack: "none" as const, stdoutBytes: 0 };

  it("starts a job afresh only when the warm sandbox never ran it", () => {
    expect(neverRan(outcome({}))).toBe(true);
    expect(neverRan(outcome({ report: { ...done, lock: "busy", stderrBytes: 0 } }))).toBe(true);
    expect(neverRan(outcome({ report: { ...done, lock: "ok", stderrBytes: 0 } }))).toBe(false);
    expect(neverRan(outcome({ hostKilled: true }))).toBe(false);
    const oom = { oomKills: 1, memoryMaxHits: 1, cpuMs: 5, pidsMaxHits: 0 };
    expect(neverRan(outcome({ cgroup: oom }))).toBe(false);
  });
});
