import type { Category, Language } from "@studio/protocol";
import { seededRandom, shuffled } from "../bank/seeded-random";
import { tokenize } from "../text/tokenize";

/** One labelled text: an interview answer (or question) and the category of question it answers. */
export interface LabelledText {
  text: string;
  category: Category;
}

/**
 * A multinomial logistic regression over binary text features: per feature, one weight per category.
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
}

const HANGUL = /[가-힣]/;

/**
 * What a text is made of, for telling kinds of answers apart: its words (Korean particles off), a
 * Korean word's first two syllables (the stem of "해결했습니다" and "해결하려고") and last two (endings
 * carry tense and mood: "싶습니다", "했습니다", "할까요"), an English word's first five letters
 * ("learned", "learning"), and word pairs ("i learned", "배우고 싶습니다").
 */
export function categoryFeatures(text: string, language: Language): Set<string> {
  const features = new Set<string>();
  let previous = "";
  for (const token of tokenize(text, language)) {
    features.add(`w:${token}`);
    if (HANGUL.test(token)) {
      if (token.length >= 3) features.add(`s:${token.slice(0, 2)}`);
      if (token.length >= 2) features.add(`e:${token.slice(-2)}`);
    } else if (token.length > 5) {
      features.add(`s:${token.slice(0, 5)}`);
    }
    if (previous) features.add(`b:${previous}_${token}`);
    previous = token;
  }
  return features;
}

/** Features seen in fewer texts than this are names and one-off details, not the kind of answer. */
const MIN_TEXTS = 2;
const EPOCHS = 30;
const LEARNING_RATE = 0.5;
const L2 = 1e-4;

/** A text as the row numbers of its known features, with the 1/sqrt(n) scale its votes get. */
interface Encoded {
  rows: Int32Array;
  scale: number;
}

function encode(index: ReadonlyMap<string, number>, features: Iterable<string>): Encoded {
  const rows: number[] = [];
  for (const feature of features) {
    const row = index.get(feature);
    if (row !== undefined) rows.push(row);
  }
  return { rows: Int32Array.from(rows), scale: 1 / Math.sqrt(Math.max(1, rows.length)) };
}

/** The category scores of a text: bias plus each known feature's weights, scaled. */
function logits(model: CategoryModel, text: Encoded): Float64Array {
  const k = model.categories.length;
  const z = Float64Array.from(model.bias);
  for (const row of text.rows) {
    const base = row * k;
    for (let c = 0; c < k; c++) z[c]! += model.weights[base + c]! * text.scale;
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

function vocabulary(texts: readonly Set<string>[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const features of texts) for (const f of features) counts.set(f, (counts.get(f) ?? 0) + 1);
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
  for (const row of text.rows) {
    const base = row * k;
    for (let c = 0; c < k; c++) {
      const w = model.weights[base + c]!;
      model.weights[base + c] = w - rate * (gradient[c]! * text.scale + L2 * w);
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
  return model;
}

export type CategoryOdds = Partial<Record<Category, number>>;

/** How likely the text answers each category of question, 0-1, summing to 1. */
export function categoryPosterior(model: CategoryModel, text: string): CategoryOdds {
  const p = softmaxInPlace(logits(model, encode(model.index, categoryFeatures(text, model.language))));
  return Object.fromEntries(model.categories.map((c, i) => [c, p[i]!]));
}

/** The most likely category. */
export function likeliest(odds: CategoryOdds): Category {
  return (Object.entries(odds) as [Category, number][]).reduce((best, entry) =>
    entry[1] > best[1] ? entry : best,
  )[0];
}
