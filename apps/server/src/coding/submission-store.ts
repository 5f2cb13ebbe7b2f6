import { randomUUID } from "node:crypto";
import type { CodingLanguage, SubmissionResult } from "@studio/protocol";
import { and, desc, eq } from "drizzle-orm";
import type { Database } from "../db/connect-database";
import { codingSubmissions } from "../db/schema";

/** Coding-test submissions, always scoped to their owner. */
export class SubmissionStore {
  constructor(private readonly db: Database) {}

  async add(input: {
    userId: string;
    sessionId: string | null;
    problemId: string;
    language: CodingLanguage;
    result: SubmissionResult;
  }): Promise<void> {
    await this.db
      .insert(codingSubmissions)
      .values({ id: randomUUID(), verdict: input.result.verdict, ...input });
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
