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
 * Sparse and small (a few thousand features), trained in a fraction of a second from the corpus, and
 * deterministic (a seeded shuffle). No npm package does sparse multi-class training, so it is written here.
 */
export interface CategoryModel {
  language: Language;
  categories: Category[];
  bias: number[];
  weights: Map<string, Float64Array>;
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

interface Example {
  features: string[];
  target: number;
}

/** The category scores of a text: bias plus each known feature's weights, scaled by 1/sqrt(n). */
function logits(model: Pick<CategoryModel, "bias" | "weights">, features: readonly string[]): number[] {
  const known = features.filter((f) => model.weights.has(f));
  const scale = 1 / Math.sqrt(Math.max(1, known.length));
  const z = [...model.bias];
  for (const feature of known) {
    const w = model.weights.get(feature)!;
    for (let k = 0; k < z.length; k++) z[k]! += w[k]! * scale;
  }
  return z;
}

function softmax(z: readonly number[]): number[] {
  const max = Math.max(...z);
  const exp = z.map((v) => Math.exp(v - max));
  const sum = exp.reduce((a, b) => a + b, 0);
  return exp.map((v) => v / sum);
}

function vocabulary(examples: readonly Example[], size: number): Map<string, Float64Array> {
  const counts = new Map<string, number>();
  for (const e of examples) for (const f of e.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const weights = new Map<string, Float64Array>();
  for (const [feature, n] of counts) if (n >= MIN_TEXTS) weights.set(feature, new Float64Array(size));
  return weights;
}

/** One pass of stochastic gradient descent on the cross-entropy, with L2 shrinkage. */
function step(model: CategoryModel, example: Example, rate: number): void {
  const p = softmax(logits(model, example.features));
  const gradient = p.map((v, k) => v - (k === example.target ? 1 : 0));
  const known = example.features.filter((f) => model.weights.has(f));
  const scale = 1 / Math.sqrt(Math.max(1, known.length));
  for (let k = 0; k < gradient.length; k++) model.bias[k]! -= rate * gradient[k]!;
  for (const feature of known) {
    const w = model.weights.get(feature)!;
    for (let k = 0; k < w.length; k++) w[k]! -= rate * (gradient[k]! * scale + L2 * w[k]!);
  }
}

export function trainCategoryModel(texts: readonly LabelledText[], language: Language): CategoryModel {
  const categories = [...new Set(texts.map((t) => t.category))].sort();
  const examples = texts.map((t) => ({
    features: [...categoryFeatures(t.text, language)],
    target: categories.indexOf(t.category),
  }));
  const model: CategoryModel = {
    language,
    categories,
    bias: categories.map(() => 0),
    weights: vocabulary(examples, categories.length),
  };
  const random = seededRandom(`category-model-${language}`);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    const rate = LEARNING_RATE / (1 + 0.1 * epoch);
    for (const example of shuffled(examples, random)) step(model, example, rate);
  }
  return model;
}

/**
 * How likely the text answers each category of question, 0-1, summing to 1. `temperature` above 1
 * sharpens, below 1 softens.
 */
export function categoryPosterior(
  model: CategoryModel,
  text: string,
  temperature = 1,
): Partial<Record<Category, number>> {
  const z = logits(model, [...categoryFeatures(text, model.language)]).map((v) => v * temperature);
  const p = softmax(z);
  return Object.fromEntries(model.categories.map((c, i) => [c, p[i]!]));
}
