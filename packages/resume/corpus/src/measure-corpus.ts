import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ingestResume } from "../../src/ingest/index-resume";
import { type Field, type FieldScore, scoreField } from "./match";

export const FIELDS: Field[] = ["skills", "projects", "companies"];
const CORPUS_READ_MS = 120_000;

export interface MeasuredDocument {
  id: string;
  scores: Record<Field, FieldScore>;
}

export type Totals = Record<Field, { precision: number; recall: number }>;

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

/** Every resume of a corpus directory (`expected.json`, `pdfs/ID.pdf`) read and scored per field. */
export async function measureDocuments(dir: string): Promise<MeasuredDocument[]> {
  const expected: Record<string, Record<Field, string[]>> = JSON.parse(
    readFileSync(join(dir, "expected.json"), "utf8"),
  );
  const documents: MeasuredDocument[] = [];
  for (const [id, truth] of Object.entries(expected)) {
    const bytes = new Uint8Array(readFileSync(join(dir, "pdfs", `${id}.pdf`)));
    // Measures what is read, not how fast: the reader's 10 s budget (held by the hostile-PDF tests) ran out
    // for a corpus page on a CI host busy with other suites, so the corpus gets room.
    const { facts } = await ingestResume(bytes, { timeoutMs: CORPUS_READ_MS });
    const found: Record<Field, string[]> = {
      skills: facts.skills,
      projects: facts.projects.map((project) => project.name),
      companies: facts.companies,
    };
    const scores = Object.fromEntries(
      FIELDS.map((field) => [field, scoreField(field, truth[field], found[field])]),
    ) as Record<Field, FieldScore>;
    documents.push({ id, scores });
  }
  return documents;
}

/** Precision and recall per field over all documents (micro-averaged, unrounded). */
export function totals(documents: readonly MeasuredDocument[]): Totals {
  const sum = (field: Field, key: "matched" | "expected" | "found") =>
    documents.reduce((total, doc) => total + doc.scores[field][key], 0);
  return Object.fromEntries(
    FIELDS.map((field) => [
      field,
      {
        precision: ratio(sum(field, "matched"), sum(field, "found")),
        recall: ratio(sum(field, "matched"), sum(field, "expected")),
      },
    ]),
  ) as Totals;
}
