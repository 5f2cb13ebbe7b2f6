// Precision and recall of resume extraction (skills, projects, companies) on the PDF corpus in pdfs/,
// against expected.json. Prints JSON; `--details` adds every document's misses and spurious values.
// Another directory of the same shape can be measured with --corpus <dir>.
// Run: npm run eval:resume
import type { Field, FieldScore } from "./src/match";
import { FIELDS, measureDocuments, totals as measureTotals } from "./src/measure-corpus";

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

const round = (value: number) => Math.round(value * 1000) / 1000;
const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

const f1 = (score: FieldScore) => {
  const [p, r] = [ratio(score.matched, score.found), ratio(score.matched, score.expected)];
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
};
const documents = (await measureDocuments(dir)).map((doc) => ({
  ...doc,
  f1: FIELDS.reduce((total, field) => total + f1(doc.scores[field]), 0) / FIELDS.length,
}));
const totals = Object.fromEntries(
  Object.entries(measureTotals(documents)).map(([field, { precision, recall }]) => [
    field,
    { precision: round(precision), recall: round(recall) },
  ]),
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
