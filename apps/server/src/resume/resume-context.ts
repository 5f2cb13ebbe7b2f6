import type { ResumeChunk } from "@studio/protocol";
import { Bm25Index, type ExtractedFacts, findPassages } from "@studio/resume";
import { and, eq } from "drizzle-orm";
import type { Database } from "../db/connect-database";
import { resumes } from "../db/resume-schema";

/** What an interview uses of a ready resume: its facts for questions, its chunks and index for context. */
export interface ResumeContext {
  facts: ExtractedFacts;
  chunks: ResumeChunk[];
  index: Bm25Index;
}

/** The context of the user's own resume once it is ready; null when it is missing, another's or not ready. */
export async function resumeContext(
  db: Pick<Database, "select">,
  userId: string,
  resumeId: string,
): Promise<ResumeContext | null> {
  const [row] = await db
    .select({ status: resumes.status, facts: resumes.facts, chunks: resumes.chunks, index: resumes.index })
    .from(resumes)
    .where(and(eq(resumes.id, resumeId), eq(resumes.userId, userId)));
  if (row?.status !== "ready" || !row.facts || !row.chunks || !row.index) return null;
  return { facts: row.facts, chunks: row.chunks, index: Bm25Index.fromJSON(row.index) };
}

/** The texts of the `k` resume passages most related to a question or an answer, best first. */
export function passagesFor(context: ResumeContext, text: string, k = 3): string[] {
  return findPassages(context.index, context.chunks, text, { k }).map((passage) => passage.text);
}
