import type { ResumeChunk } from "@studio/protocol";
import type { Embedder } from "@studio/providers";
import { Bm25Index, type ExtractedFacts, findPassages, rankByVector } from "@studio/resume";
import { and, eq } from "drizzle-orm";
import type { Database } from "../db/connect-database";
import { resumes } from "../db/resume-schema";

/** What an interview uses of a ready resume: its facts for questions, its chunks and index for context. */
export interface ResumeContext {
  facts: ExtractedFacts;
  chunks: ResumeChunk[];
  index: Bm25Index;
  /** One embedding per chunk, when an embeddings engine indexed the resume. */
  vectors: { chunkId: string; vector: number[] }[] | null;
}

/** The context of the user's own resume once it is ready; null when it is missing, another's or not ready. */
export async function resumeContext(
  db: Pick<Database, "select">,
  userId: string,
  resumeId: string,
): Promise<ResumeContext | null> {
  const [row] = await db
    .select({
      status: resumes.status,
      facts: resumes.facts,
      chunks: resumes.chunks,
      index: resumes.index,
      vectors: resumes.vectors,
    })
    .from(resumes)
    .where(and(eq(resumes.id, resumeId), eq(resumes.userId, userId)));
  if (row?.status !== "ready" || !row.facts || !row.chunks || !row.index) return null;
  return { facts: row.facts, chunks: row.chunks, index: Bm25Index.fromJSON(row.index), vectors: row.vectors };
}

/** The texts of the `k` resume passages most related to a question or an answer, best first. */
export function passagesFor(context: ResumeContext, text: string, k = 3): string[] {
  return findPassages(context.index, context.chunks, text, { k }).map((passage) => passage.text);
}

/**
 * Like `passagesFor`, fused with cosine ranking over the chunk embeddings when an embeddings engine is
 * configured and indexed this resume (hybrid search); BM25 alone otherwise or when the engine fails.
 */
export async function relatedPassages(
  context: ResumeContext,
  text: string,
  embedder: Embedder | null,
  k = 3,
): Promise<string[]> {
  if (!embedder || !context.vectors?.length) return passagesFor(context, text, k);
  const query = await embedder.embed([text]).catch(() => null);
  if (!query?.[0]) return passagesFor(context, text, k);
  const semantic = rankByVector(query[0], context.vectors, k * 2);
  return findPassages(context.index, context.chunks, text, { k, semantic }).map((passage) => passage.text);
}
