// Precision and recall of resume extraction (skills, projects, companies) on the PDF corpus in pdfs/,
// against expected.json. Prints JSON; `--details` adds every document's misses and spurious values.
// Another directory of the same shape can be measured with --corpus <dir>.
// Run: npm run eval:resume
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ingestResume } from "../src/index";
import { type Field, type FieldScore, scoreField } from "./src/match";

const FIELDS: Field[] = ["skills", "projects", "companies"];
const TARGETS = {
  projects: { recall: 0.9, precision: 0.85 },
  skills: { recall: 0.9 },
  companies: { recall: 0.9 },
};

const argument = (name: string) => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
};
const dir = argument("--corpus") ?? new URL(".", import.meta.url).pathname;
const details = process.argv.includes("--details");
const expected: Record<string, Record<Field, string[]>> = JSON.parse(
  readFileSync(join(dir, "expected.json"), "utf8"),
);

const round = (value: number) => Math.round(value * 1000) / 1000;
const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

const documents: { id: string; scores: Record<Field, FieldScore>; f1: number }[] = [];
for (const [id, truth] of Object.entries(expected)) {
  const { facts } = await ingestResume(new Uint8Array(readFileSync(join(dir, "pdfs", `${id}.pdf`))));
  const found: Record<Field, string[]> = {
    skills: facts.skills,
    projects: facts.projects.map((project) => project.name),
    companies: facts.companies,
  };
  const scores = Object.fromEntries(
    FIELDS.map((field) => [field, scoreField(field, truth[field], found[field])]),
  ) as Record<Field, FieldScore>;
  const f1s = FIELDS.map((field) => {
    const { matched, expected: e, found: f } = scores[field];
    const [p, r] = [ratio(matched, f), ratio(matched, e)];
    return p + r === 0 ? 0 : (2 * p * r) / (p + r);
  });
  documents.push({ id, scores, f1: f1s.reduce((a, b) => a + b, 0) / f1s.length });
}

const totals = Object.fromEntries(
  FIELDS.map((field) => {
    const sum = (key: "matched" | "expected" | "found") =>
      documents.reduce((total, doc) => total + doc.scores[field][key], 0);
    return [
      field,
      {
        precision: round(ratio(sum("matched"), sum("found"))),
        recall: round(ratio(sum("matched"), sum("expected"))),
      },
    ];
  }),
) as Record<Field, { precision: number; recall: number }>;

const met =
  totals.projects.recall >= TARGETS.projects.recall &&
  totals.projects.precision >= TARGETS.projects.precision &&
  totals.skills.recall >= TARGETS.skills.recall &&
  totals.companies.recall >= TARGETS.companies.recall;

const brief = (doc: (typeof documents)[number]) => ({
  id: doc.id,
  f1: round(doc.f1),
  ...Object.fromEntries(
    FIELDS.map((field) => [
      field,
      { missed: doc.scores[field].missed, spurious: doc.scores[field].spurious },
    ]),
  ),
});
const worst = [...documents].sort((a, b) => a.f1 - b.f1).slice(0, 5);
console.log(
  JSON.stringify(
    {
      documents: documents.length,
      ...totals,
      targets: TARGETS,
      targetsMet: met,
      worst: worst.map(brief),
      ...(details ? { all: documents.map(brief) } : {}),
    },
    null,
    2,
  ),
);
