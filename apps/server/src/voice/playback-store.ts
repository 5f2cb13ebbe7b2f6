import { and, eq } from "drizzle-orm";
import type { Database } from "../db/connect-database";
import { answers } from "../db/schema";

/** How much of each question the candidate heard before cutting in, kept with the answer to it. */
export class PlaybackStore {
  constructor(private readonly db: Database) {}

  async recordHeard(sessionId: string, questionId: string, playedMs: number): Promise<void> {
    await this.db
      .update(answers)
      .set({ playedMs: Math.round(playedMs) })
      .where(and(eq(answers.sessionId, sessionId), eq(answers.questionId, questionId)));
  }
}
