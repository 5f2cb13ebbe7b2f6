import type { ResumeChunk } from "@studio/protocol";
import { z } from "zod";
import { BIGRAM, indexTerms } from "./index-terms";

export interface RankedChunk {
  chunkId: string;
  score: number;
}

const SETTINGS = {
  k1: 1.2,
  b: 0.75,
  // A shared bigram is weaker evidence than a shared word.
  bigramWeight: 0.5,
};

export const bm25IndexDataSchema = z.object({
  version: z.literal(1),
  chunkIds: z.array(z.string()),
  lengths: z.array(z.number().nonnegative()),
  /** term → [chunk position, term frequency][] */
  postings: z.record(z.string(), z.array(z.tuple([z.number().int().nonnegative(), z.number().positive()]))),
});
export type Bm25IndexData = z.infer<typeof bm25IndexDataSchema>;

function countTerms(terms: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
  return counts;
}

/**
 * Okapi BM25 over the chunks of one resume, with Korean-aware terms (see `indexTerms`). Small enough
 * to store as JSON beside the resume and rebuild with `fromJSON`.
 */
export class Bm25Index {
  private readonly averageLength: number;

  private constructor(private readonly data: Bm25IndexData) {
    const total = data.lengths.reduce((sum, length) => sum + length, 0);
    this.averageLength = total / Math.max(1, data.lengths.length) || 1;
  }

  /** Indexes each chunk with its section heading, so "학력" or "skills" find their section. */
  static build(chunks: readonly ResumeChunk[]): Bm25Index {
    const postings: Bm25IndexData["postings"] = {};
    const lengths = chunks.map((chunk, position) => {
      const terms = indexTerms(`${chunk.heading}\n${chunk.text}`);
      for (const [term, count] of countTerms(terms)) {
        postings[term] ??= [];
        postings[term].push([position, count]);
      }
      return terms.length;
    });
    return new Bm25Index({ version: 1, chunkIds: chunks.map((chunk) => chunk.id), lengths, postings });
  }

  /** Rebuilds an index stored with `toJSON`; throws when the data is not an index of this version. */
  static fromJSON(data: unknown): Bm25Index {
    return new Bm25Index(bm25IndexDataSchema.parse(data));
  }

  toJSON(): Bm25IndexData {
    return this.data;
  }

  get size(): number {
    return this.data.chunkIds.length;
  }

  private idf(documentFrequency: number): number {
    const n = this.data.chunkIds.length;
    return Math.log(1 + (n - documentFrequency + 0.5) / (documentFrequency + 0.5));
  }

  /** The `k` chunks that best match the query, best first; chunks sharing no term are left out. */
  search(query: string, k = 3): RankedChunk[] {
    const { k1, b, bigramWeight } = SETTINGS;
    const scores = new Map<number, number>();
    for (const term of new Set(indexTerms(query))) {
      const postings = Object.hasOwn(this.data.postings, term) ? this.data.postings[term]! : [];
      const weight = (term.startsWith(BIGRAM) ? bigramWeight : 1) * this.idf(postings.length);
      for (const [position, frequency] of postings) {
        const norm = 1 - b + (b * this.data.lengths[position]!) / this.averageLength;
        const gain = (weight * frequency * (k1 + 1)) / (frequency + k1 * norm);
        scores.set(position, (scores.get(position) ?? 0) + gain);
      }
    }
    return [...scores]
      .sort((x, y) => y[1] - x[1] || x[0] - y[0])
      .slice(0, k)
      .map(([position, score]) => ({ chunkId: this.data.chunkIds[position]!, score }));
  }
}
