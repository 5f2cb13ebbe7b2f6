import type { Category, Language } from "@studio/protocol";
import { seededRandom, shuffled } from "../bank/seeded-random";
import { categoryFeatures, type FeatureCounts } from "./category-features";
import { complementScores, complementWeights } from "./complement-bayes";

/** One labelled text: an interview answer (or question) and the category of question it answers. */
export interface LabelledText {
  text: string;
  category: Category;
}

/**
 * A multinomial logistic regression over text features (log-scaled counts): per feature, one weight per category.
 * Small (tens of thousands of features), trained in a fraction of a second from the corpus, and
 * deterministic (a seeded shuffle). No npm package does sparse multi-class training, so it is written here.
 */
export interface CategoryModel {
  language: Language;
  categories: Category[];
  bias: Float64Array;
  /** Each known feature's row in `weights`. */
  index: Map<string, number>;
  /** Row-major: one row per feature, one column per category. */
  weights: Float64Array;
  /** Complement naive Bayes weights over the same features, laid out like `weights`. */
  complement: Float64Array;
}

/** Features seen in fewer texts than this are names and one-off details, not the kind of answer. */
const MIN_TEXTS = 2;
const EPOCHS = 30;
const LEARNING_RATE = 0.5;
const L2 = 3e-4;
/** The share of complement naive Bayes in the posterior, the rest from the logistic model. */
const BAYES_SHARE = 0.3;

/** A text as the row numbers of its known features and the value of each. */
interface Encoded {
  rows: Int32Array;
  values: Float64Array;
}

/**
 * A feature said n times counts 1 + ln n (a word repeated weighs more, but not n times more), and
 * every value is scaled by 1/sqrt(number of known features), so long answers do not vote louder.
 */
function encode(index: ReadonlyMap<string, number>, features: FeatureCounts): Encoded {
  const rows: number[] = [];
  const values: number[] = [];
  for (const [feature, count] of features) {
    const row = index.get(feature);
    if (row === undefined) continue;
    rows.push(row);
    values.push(1 + Math.log(count));
  }
  const scale = 1 / Math.sqrt(Math.max(1, rows.length));
  return { rows: Int32Array.from(rows), values: Float64Array.from(values, (v) => v * scale) };
}

/** The category scores of a text: bias plus each known feature's weights, scaled. */
function logits(model: CategoryModel, text: Encoded): Float64Array {
  const k = model.categories.length;
  const z = Float64Array.from(model.bias);
  for (let i = 0; i < text.rows.length; i++) {
    const base = text.rows[i]! * k;
    const value = text.values[i]!;
    for (let c = 0; c < k; c++) z[c]! += model.weights[base + c]! * value;
  }
  return z;
}

function softmaxInPlace(z: Float64Array): Float64Array {
  let max = Number.NEGATIVE_INFINITY;
  for (const v of z) max = Math.max(max, v);
  let sum = 0;
  for (let c = 0; c < z.length; c++) {
    z[c] = Math.exp(z[c]! - max);
    sum += z[c]!;
  }
  for (let c = 0; c < z.length; c++) z[c]! /= sum;
  return z;
}

function vocabulary(texts: readonly FeatureCounts[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const features of texts) for (const f of features.keys()) counts.set(f, (counts.get(f) ?? 0) + 1);
  const index = new Map<string, number>();
  for (const [feature, n] of counts) if (n >= MIN_TEXTS) index.set(feature, index.size);
  return index;
}

/** One step of stochastic gradient descent on the cross-entropy, with L2 shrinkage. */
function step(model: CategoryModel, text: Encoded, target: number, rate: number): void {
  const k = model.categories.length;
  const gradient = softmaxInPlace(logits(model, text));
  gradient[target]! -= 1;
  for (let c = 0; c < k; c++) model.bias[c]! -= rate * gradient[c]!;
  for (let i = 0; i < text.rows.length; i++) {
    const base = text.rows[i]! * k;
    const value = text.values[i]!;
    for (let c = 0; c < k; c++) {
      const w = model.weights[base + c]!;
      model.weights[base + c] = w - rate * (gradient[c]! * value + L2 * w);
    }
  }
}

export function trainCategoryModel(texts: readonly LabelledText[], language: Language): CategoryModel {
  const categories = [...new Set(texts.map((t) => t.category))].sort();
  const features = texts.map((t) => categoryFeatures(t.text, language));
  const index = vocabulary(features);
  const model: CategoryModel = {
    language,
    categories,
    bias: new Float64Array(categories.length),
    index,
    weights: new Float64Array(index.size * categories.length),
    complement: new Float64Array(0),
  };
  const examples = texts.map((t, i) => ({
    text: encode(index, features[i]!),
    target: categories.indexOf(t.category),
  }));
  const random = seededRandom(`category-model-${language}`);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    const rate = LEARNING_RATE / (1 + 0.1 * epoch);
    for (const example of shuffled(examples, random)) step(model, example.text, example.target, rate);
  }
  model.complement = complementWeights(
    examples.map((e) => ({ rows: e.text.rows, target: e.target })),
    index.size,
    categories.length,
  );
  return model;
}

export type CategoryOdds = Partial<Record<Category, number>>;

/** How likely the text answers each category of question, 0-1, summing to 1. */
export function categoryPosterior(model: CategoryModel, text: string): CategoryOdds {
  const encoded = encode(model.index, categoryFeatures(text, model.language));
  const logistic = softmaxInPlace(logits(model, encoded));
  const bayes = softmaxInPlace(complementScores(model.complement, encoded.rows, model.categories.length));
  const p = logistic.map((v, c) => (1 - BAYES_SHARE) * v + BAYES_SHARE * bayes[c]!);
  return Object.fromEntries(model.categories.map((c, i) => [c, p[i]!]));
}

/** The most likely category. */
export function likeliest(odds: CategoryOdds): Category {
  return (Object.entries(odds) as [Category, number][]).reduce((best, entry) =>
    entry[1] > best[1] ? entry : best,
  )[0];
}
