import { randomUUID } from "node:crypto";
import type { CodingLanguage, SubmissionResult } from "@studio/protocol";
import { and, desc, eq } from "drizzle-orm";
import type { Database } from "../db/connect-database";
import { codingSubmissions } from "../db/schema";

/** Coding-test submissions, always scoped to their owner. */
export class SubmissionStore {
  constructor(private readonly db: Database) {}

  /**
   * Stores the submission as pending before it runs: a node that stops while waiting for the verdict
   * leaves the row behind, listed as pending, rather than no trace of it.
   */
  async begin(input: {
    userId: string;
    sessionId: string | null;
    problemId: string;
    language: CodingLanguage;
  }): Promise<string> {
    const id = randomUUID();
    await this.db.insert(codingSubmissions).values({ id, status: "pending", ...input });
    return id;
  }

  /** Stores the verdict: pending becomes done. */
  async finish(id: string, result: SubmissionResult): Promise<void> {
    await this.db
      .update(codingSubmissions)
      .set({ status: "done", verdict: result.verdict, result })
      .where(eq(codingSubmissions.id, id));
  }

  /** The run was refused (sandbox busy, no worker): the client was told so, and nothing was judged. */
  async abandon(id: string): Promise<void> {
    await this.db
      .delete(codingSubmissions)
      .where(and(eq(codingSubmissions.id, id), eq(codingSubmissions.status, "pending")));
  }

  /** The user's latest submissions, newest first. */
  listOwn(userId: string, limit = 500) {
    return this.db
      .select()
      .from(codingSubmissions)
      .where(eq(codingSubmissions.userId, userId))
      .orderBy(desc(codingSubmissions.createdAt))
      .limit(limit);
  }

  /** False when there is no such submission of this user. */
  async removeOwn(userId: string, id: string): Promise<boolean> {
    const deleted = await this.db
      .delete(codingSubmissions)
      .where(and(eq(codingSubmissions.id, id), eq(codingSubmissions.userId, userId)))
      .returning({ id: codingSubmissions.id });
    return deleted.length > 0;
  }
}
