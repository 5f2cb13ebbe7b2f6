/** Additive smoothing of the complement counts. */
const ALPHA = 0.5;

/**
 * Complement naive Bayes (Rennie et al. 2003) over feature presence: per feature and category, the
 * weight is minus the log of how often the feature occurs in texts of every other category. It
 * estimates each category from all the others' texts, so it is steadier than the logistic model on
 * features seen a few times, and the two err differently. Row-major like the logistic weights.
 */
export function complementWeights(
  examples: readonly { rows: Int32Array; target: number }[],
  features: number,
  categories: number,
): Float64Array {
  const k = categories;
  const counts = new Float64Array(features * k);
  const totals = new Float64Array(k);
  for (const { rows, target } of examples) {
    for (const row of rows) counts[row * k + target]! += 1;
    totals[target]! += rows.length;
  }
  const all = totals.reduce((sum, n) => sum + n, 0);
  const weights = new Float64Array(features * k);
  for (let row = 0; row < features; row++) {
    let rowAll = 0;
    for (let c = 0; c < k; c++) rowAll += counts[row * k + c]!;
    for (let c = 0; c < k; c++) {
      const elsewhere = rowAll - counts[row * k + c]! + ALPHA;
      weights[row * k + c] = -Math.log(elsewhere / (all - totals[c]! + ALPHA * features));
    }
  }
  return weights;
}

/**
 * Naive Bayes counts every feature as independent evidence, but a text's features overlap (a Korean
 * word gives its syllable runs, a phrase its word pairs), so summed scores make it sure of itself in
 * proportion to length. Its score is the mean over the text's features, times this many features' worth.
 */
const EVIDENCE_FEATURES = 40;

/** The complement scores of a text (its known features' rows), one per category. */
export function complementScores(weights: Float64Array, rows: Int32Array, categories: number): Float64Array {
  const z = new Float64Array(categories);
  for (const row of rows) for (let c = 0; c < categories; c++) z[c]! += weights[row * categories + c]!;
  const scale = EVIDENCE_FEATURES / Math.max(1, rows.length);
  for (let c = 0; c < categories; c++) z[c]! *= scale;
  return z;
}
