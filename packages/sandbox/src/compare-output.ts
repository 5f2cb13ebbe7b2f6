// A pure entry point (`@studio/sandbox/compare`, no Node imports): the judge and the web app's sample
// check compare outputs with this one function.

/** Whitespace-separated tokens, the unit Kattis's default validator compares. */
function tokens(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

function closeEnough(expected: string, actual: string, tolerance: number): boolean {
  if (!NUMBER.test(expected) || !NUMBER.test(actual)) return false;
  const a = Number(expected);
  const b = Number(actual);
  const difference = Math.abs(a - b);
  return difference <= tolerance || difference <= tolerance * Math.abs(a);
}

/**
 * Token-wise comparison: any amount of whitespace between tokens, case-sensitive, and with a tolerance
 * numbers may differ by that much, absolutely or relatively.
 */
export function outputsMatch(expected: string, actual: string, floatTolerance?: number): boolean {
  const want = tokens(expected);
  const got = tokens(actual);
  if (want.length !== got.length) return false;
  return want.every(
    (token, i) =>
      token === got[i] || (floatTolerance !== undefined && closeEnough(token, got[i]!, floatTolerance)),
  );
}
