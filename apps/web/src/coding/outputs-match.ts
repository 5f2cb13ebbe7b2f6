const tokens = (text: string) => text.split(/\s+/).filter(Boolean);

/**
 * Token-wise comparison, as the judge does it: any amount of whitespace between tokens counts as one
 * separator, and tokens must match exactly (case-sensitive).
 */
export function outputsMatch(expected: string, actual: string): boolean {
  const want = tokens(expected);
  const got = tokens(actual);
  return want.length === got.length && want.every((token, i) => token === got[i]);
}
