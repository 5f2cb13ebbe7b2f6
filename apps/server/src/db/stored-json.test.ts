import { describe, expect, it } from "vitest";
import { z } from "zod";
import { readJson, storeJson } from "./stored-json";
import { planShape, resumeFactsShape } from "./stored-shapes";

const plan = [{ id: "intro-1", category: "intro" as const, text: "자기소개를 해 주세요." }];

describe("versioned JSON columns", () => {
  it("stores a version with every value and reads it back unchanged", () => {
    const stored = storeJson(planShape, plan);
    expect(stored).toEqual({ schemaVersion: 1, items: plan });
    expect(readJson(planShape, stored, "plan")).toEqual(plan);
    const shape = { version: 3, schema: z.object({ a: z.number() }) };
    expect(storeJson(shape, { a: 1 })).toEqual({ a: 1, schemaVersion: 3 });
    expect(readJson(shape, JSON.stringify({ a: 1, schemaVersion: 3 }), "x")).toEqual({ a: 1 });
  });

  it("reads rows written before versions existed", () => {
    expect(readJson(planShape, plan, "plan")).toEqual(plan);
    const legacyFacts = { skills: ["Kafka"], projects: [{ name: "알림", description: "", chunkId: "c1" }] };
    expect(readJson(resumeFactsShape, legacyFacts, "facts")).toEqual({
      skills: ["Kafka"],
      projects: [{ name: "알림", description: "", chunkId: "c1", technologies: [], results: [] }],
      companies: [],
      roles: [],
      dates: [],
      skillChunks: {},
    });
  });

  it("refuses a value that does not match its shape, or comes from a newer server", () => {
    expect(() => readJson(planShape, [{ id: 1 }], "plan")).toThrow(/plan: stored value does not match/);
    expect(() => readJson(planShape, [{ ...plan[0], category: "astrology" }], "plan")).toThrow();
    expect(() => readJson(planShape, { schemaVersion: 2, items: plan }, "plan")).toThrow(/newer/);
  });

  it("upgrades through the shape's upgrade only when the stored version is older", () => {
    const shape = {
      version: 2,
      schema: z.object({ name: z.string() }),
      upgrade: (value: unknown) => ({ name: (value as { title: string }).title }),
    };
    expect(readJson(shape, { title: "old" }, "x")).toEqual({ name: "old" });
    expect(readJson(shape, { title: "v1", schemaVersion: 1 }, "x")).toEqual({ name: "v1" });
    expect(readJson(shape, { name: "new", schemaVersion: 2 }, "x")).toEqual({ name: "new" });
  });
});
