import type { RankedChunk } from "./bm25-index";

/** Cosine similarity of two vectors of the same length; 0 when either is all zeros. */
export function cosine(a: readonly number[], b: readonly number[]): number {
  if (a.length !== b.length) throw new RangeError(`vectors differ in length: ${a.length} and ${b.length}`);
  let dot = 0;
  let normA = 0;
  let normB = 0;
  for (let i = 0; i < a.length; i++) {
    dot += a[i]! * b[i]!;
    normA += a[i]! * a[i]!;
    normB += b[i]! * b[i]!;
  }
  return normA && normB ? dot / Math.sqrt(normA * normB) : 0;
}

/**
 * Chunks ranked by the cosine of their stored embedding with the query's embedding. A chunk at or below
 * zero shares no meaning with the query: giving it a rank anyway would hand unrelated chunks a semantic
 * vote in the fusion, enough to push out the one passage only the vectors found.
 */
export function rankByVector(
  query: readonly number[],
  vectors: readonly { chunkId: string; vector: readonly number[] }[],
  k = 3,
): RankedChunk[] {
  return vectors
    .map(({ chunkId, vector }) => ({ chunkId, score: cosine(query, vector) }))
    .filter((hit) => hit.score > 0)
    .sort((a, b) => b.score - a.score)
    .slice(0, k);
}

// The usual constant of reciprocal rank fusion: ranks matter, raw scores of the two lists never meet.
const RRF_K = 60;

/**
 * Reciprocal rank fusion of a lexical (BM25) and a semantic (cosine) ranking. `weight` is the share
 * of the semantic list, from 0 (BM25 only) to 1 (vectors only). Pass the lists longer than `k` so a
 * chunk ranked fourth by one and first by the other can still rise.
 */
export function hybridRank(
  lexical: readonly RankedChunk[],
  semantic: readonly RankedChunk[],
  weight = 0.5,
  k = 3,
): RankedChunk[] {
  const fused = new Map<string, number>();
  const add = (list: readonly RankedChunk[], share: number) =>
    list.forEach(({ chunkId }, rank) => {
      fused.set(chunkId, (fused.get(chunkId) ?? 0) + share / (RRF_K + rank + 1));
    });
  add(lexical, 1 - weight);
  add(semantic, weight);
  return [...fused]
    .map(([chunkId, score]) => ({ chunkId, score }))
    .sort((a, b) => b.score - a.score)
    .slice(0, k);
}
