import { describe, expect, it } from "vitest";
import { ROUND_GRACE_MS, roundDeadline, roundVerdict } from "./round-clock";

const at = (iso: string) => new Date(iso);
const plus = (d: Date, ms: number) => new Date(d.getTime() + ms);

describe("the system-design round's clock", () => {
  const start = at("2026-12-06T10:00:00Z");

  it("puts the deadline its minutes after the start, 30 when the interview set none", () => {
    expect(roundDeadline(start, 45).toISOString()).toBe("2026-12-06T10:45:00.000Z");
    expect(roundDeadline(start, null).toISOString()).toBe("2026-12-06T10:30:00.000Z");
  });

  it("keeps a started round open up to its deadline and the grace, then time is up, running or not", () => {
    const deadline = roundDeadline(start, 20);
    const running = { startedAt: start, minutes: 20, completedAt: null };
    expect(roundVerdict(running, plus(start, 1000))).toBe("open");
    expect(roundVerdict(running, deadline)).toBe("open");
    expect(roundVerdict(running, plus(deadline, ROUND_GRACE_MS))).toBe("open");
    expect(roundVerdict(running, plus(deadline, ROUND_GRACE_MS + 1))).toBe("time_up");
    // The interview's end does not stretch a round already under way.
    const ended = { ...running, completedAt: plus(start, 19 * 60_000) };
    expect(roundVerdict(ended, plus(deadline, ROUND_GRACE_MS + 1))).toBe("time_up");
  });

  it("lets a round never opened start during the interview and within its limit after the end", () => {
    const never = { startedAt: null, minutes: 20, completedAt: null };
    expect(roundVerdict(never, plus(start, 10 * 3600_000))).toBe("open");
    const ended = { ...never, completedAt: start };
    expect(roundVerdict(ended, plus(start, 20 * 60_000))).toBe("open");
    expect(roundVerdict(ended, plus(start, 20 * 60_000 + 1))).toBe("interview_over");
  });
});
