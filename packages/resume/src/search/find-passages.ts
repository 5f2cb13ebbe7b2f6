import type { ResumeChunk, ResumeSection } from "@studio/protocol";
import type { Bm25Index, RankedChunk } from "./bm25-index";
import { hybridRank } from "./hybrid-rank";

export interface ResumePassage {
  chunkId: string;
  section: ResumeSection;
  heading: string;
  text: string;
  score: number;
}

export interface FindPassagesOptions {
  k?: number;
  /** Chunks ranked by embedding cosine (see rankByVector), when an embeddings engine is configured. */
  semantic?: readonly RankedChunk[];
  /** Share of the semantic ranking in the fusion, 0..1. */
  semanticWeight?: number;
}

/**
 * The resume passages most related to a question or an answer, best first: what the evaluator checks
 * an answer against and what an LLM is given as context. BM25 alone by default, fused with the
 * semantic ranking when one is passed.
 */
export function findPassages(
  index: Bm25Index,
  chunks: readonly ResumeChunk[],
  query: string,
  options: FindPassagesOptions = {},
): ResumePassage[] {
  const k = options.k ?? 3;
  const lexical = index.search(query, options.semantic ? Math.max(10, k) : k);
  const ranked = options.semantic
    ? hybridRank(lexical, options.semantic, options.semanticWeight, k)
    : lexical;
  const byId = new Map(chunks.map((chunk) => [chunk.id, chunk]));
  return ranked.flatMap(({ chunkId, score }) => {
    const chunk = byId.get(chunkId);
    return chunk
      ? [{ chunkId, section: chunk.section, heading: chunk.heading, text: chunk.text, score }]
      : [];
  });
}
