import { describe, expect, it } from "vitest";
import { MemoryCounterStore } from "../auth/counter-store";
import { SAMPLE_WINDOW_MS, SAMPLES_PER_WINDOW, SampleBudget } from "./sample-budget";

describe("expression sample budget", () => {
  it("grants a minute of four a second (two full requests), then refuses until the window ends", async () => {
    let now = 0;
    const budget = new SampleBudget(new MemoryCounterStore(() => now));
    expect(SAMPLES_PER_WINDOW).toBe(240);
    expect(await budget.take("s1", 120)).toBe(true);
    expect(await budget.take("s1", 120)).toBe(true);
    expect(await budget.take("s1", 1)).toBe(false);
    expect(await budget.take("s2", 120)).toBe(true); // another session has its own budget
    now += SAMPLE_WINDOW_MS;
    expect(await budget.take("s1", 120)).toBe(true);
  });

  it("does not use the budget up with refused samples", async () => {
    const budget = new SampleBudget(new MemoryCounterStore(() => 0));
    expect(await budget.take("s", 200)).toBe(true);
    expect(await budget.take("s", 120)).toBe(false);
    expect(await budget.take("s", 120)).toBe(false);
    expect(await budget.take("s", 40)).toBe(true);
    expect(await budget.take("s", 1)).toBe(false);
  });

  it("refuses a budget that could not take one full request", () => {
    expect(() => new SampleBudget(new MemoryCounterStore(), 10)).toThrow(RangeError);
  });
});
