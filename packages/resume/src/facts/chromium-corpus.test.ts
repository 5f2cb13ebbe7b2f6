import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type Field, scoreField } from "../../corpus/src/match";
import { ingestResume } from "../ingest/index-resume";

// The resumes printed by Chromium in layouts the corpus generator does not draw (corpus/chromium):
// recall and precision per field over all of them, as `npm run eval:resume -- --corpus` prints them.
const DIR = join(import.meta.dirname, "../../corpus/chromium");
const expected: Record<string, Record<Field, string[]>> = JSON.parse(
  readFileSync(join(DIR, "expected.json"), "utf8"),
);

describe("resumes in other layouts (Chromium)", () => {
  it("finds the skills, projects and companies of resumes it was not built on", async () => {
    const sums = { skills: [0, 0, 0], projects: [0, 0, 0], companies: [0, 0, 0] };
    for (const [id, truth] of Object.entries(expected)) {
      const { facts } = await ingestResume(new Uint8Array(readFileSync(join(DIR, "pdfs", `${id}.pdf`))));
      const found = {
        skills: facts.skills,
        projects: facts.projects.map((p) => p.name),
        companies: facts.companies,
      };
      for (const field of ["skills", "projects", "companies"] as const) {
        const score = scoreField(field, truth[field], found[field]);
        sums[field] = [
          sums[field][0]! + score.matched,
          sums[field][1]! + score.expected,
          sums[field][2]! + score.found,
        ];
      }
    }
    const recall = (field: Field) => sums[field][0]! / sums[field][1]!;
    const precision = (field: Field) => sums[field][0]! / sums[field][2]!;
    expect(recall("skills")).toBeGreaterThanOrEqual(0.9);
    expect(recall("projects")).toBeGreaterThanOrEqual(0.85);
    expect(recall("companies")).toBeGreaterThanOrEqual(0.9);
    expect(precision("skills")).toBeGreaterThanOrEqual(0.85);
    expect(precision("projects")).toBeGreaterThanOrEqual(0.7);
    expect(precision("companies")).toBeGreaterThanOrEqual(0.8);
  });
});
