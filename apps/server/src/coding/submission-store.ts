import { randomUUID } from "node:crypto";
import type { CodingLanguage, SubmissionResult } from "@studio/protocol";
import { and, asc, desc, eq, isNull, lt, or } from "drizzle-orm";
import type { Database } from "../db/connect-database";
import { codingSubmissions } from "../db/schema";

/** Coding-test submissions, always scoped to their owner. */
export class SubmissionStore {
  constructor(private readonly db: Database) {}

  /**
   * Stores the submission as pending before it runs: a node that stops while waiting for the verdict
   * leaves the row behind rather than no trace of it, and the sweep settles it past its deadline.
   */
  async begin(input: {
    userId: string;
    sessionId: string | null;
    problemId: string;
    language: CodingLanguage;
    /** When a verdict is overdue: the run is lost if the row is still pending then. */
    deadlineAt: Date;
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

  /** A verdict that arrived with nobody left to store it (recovered by the sweep): only a pending row takes it. */
  async recover(id: string, result: SubmissionResult): Promise<boolean> {
    const updated = await this.db
      .update(codingSubmissions)
      .set({ status: "done", verdict: result.verdict, result })
      .where(and(eq(codingSubmissions.id, id), eq(codingSubmissions.status, "pending")))
      .returning({ id: codingSubmissions.id });
    return updated.length > 0;
  }

  /** The run is lost and will never have a verdict; a verdict stored meanwhile is kept. */
  async fail(id: string, errorCode: string): Promise<boolean> {
    const updated = await this.db
      .update(codingSubmissions)
      .set({ status: "failed", errorCode })
      .where(and(eq(codingSubmissions.id, id), eq(codingSubmissions.status, "pending")))
      .returning({ id: codingSubmissions.id });
    return updated.length > 0;
  }

  /**
   * Pending rows past their deadline at `now`, oldest first; rows stored before deadlines existed are
   * overdue when created before `undatedBefore`. "every": all pending rows.
   */
  overdue(cutoff: { now: Date; undatedBefore: Date } | "every", limit = 200) {
    const late =
      cutoff === "every"
        ? undefined
        : or(
            lt(codingSubmissions.deadlineAt, cutoff.now),
            and(isNull(codingSubmissions.deadlineAt), lt(codingSubmissions.createdAt, cutoff.undatedBefore)),
          );
    return this.db
      .select({ id: codingSubmissions.id })
      .from(codingSubmissions)
      .where(and(eq(codingSubmissions.status, "pending"), late))
      .orderBy(asc(codingSubmissions.createdAt))
      .limit(limit);
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
