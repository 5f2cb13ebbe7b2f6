/** How extracted values are matched to the expected ones: forgiving about case, spacing and punctuation. */

const LEGAL_FORMS = /주식회사|\(주\)|㈜|\b(?:inc|corp|corporation|co|ltd|llc|gmbh|limited)\b\.?/giu;

export function squash(value: string): string {
  return value
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}+#]/gu, "");
}

const skillKey = (value: string) => squash(value).replace(/js$/, "");
const companyKey = (value: string) => squash(value.replace(LEGAL_FORMS, ""));

function words(value: string): Set<string> {
  return new Set(
    value
      .normalize("NFKC")
      .toLowerCase()
      .split(/[^\p{L}\p{N}+#]+/u)
      .filter(Boolean),
  );
}

/** One name inside the other with at least half its length, or half of the words shared. */
function similarNames(a: string, b: string, key: (value: string) => string): boolean {
  const [x, y] = [key(a), key(b)];
  if (!x || !y) return false;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (long.includes(short) && short.length >= 0.5 * long.length) return true;
  const [wa, wb] = [words(a), words(b)];
  const shared = [...wa].filter((word) => wb.has(word)).length;
  return shared / Math.max(wa.size, wb.size) >= 0.5 && shared >= 2;
}

export type Field = "skills" | "projects" | "companies";

export const MATCHERS: Record<Field, (expected: string, found: string) => boolean> = {
  skills: (expected, found) => skillKey(expected) === skillKey(found),
  projects: (expected, found) => similarNames(expected, found, squash),
  companies: (expected, found) => similarNames(expected, found, companyKey),
};

export interface FieldScore {
  matched: number;
  expected: number;
  found: number;
  missed: string[];
  spurious: string[];
}

/** Pairs expected and found values one to one (greedy, in order) and counts what is left on each side. */
export function scoreField(field: Field, expected: readonly string[], found: readonly string[]): FieldScore {
  const same = MATCHERS[field];
  const used = new Set<number>();
  const missed: string[] = [];
  for (const value of expected) {
    const index = found.findIndex((candidate, i) => !used.has(i) && same(value, candidate));
    if (index >= 0) used.add(index);
    else missed.push(value);
  }
  return {
    matched: used.size,
    expected: expected.length,
    found: found.length,
    missed,
    spurious: found.filter((_, i) => !used.has(i)),
  };
}
