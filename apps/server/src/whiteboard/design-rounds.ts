import type { WhiteboardRound } from "@studio/protocol";
import { eq } from "drizzle-orm";
import type { Database } from "../db/connect-database";
import { whiteboardRounds } from "../db/schema";
import { ApiError } from "../http/api-error";
import type { SessionRow } from "../interview/session-store";
import {
  DEFAULT_ROUND_MINUTES,
  ROUND_GRACE_MS,
  type RoundVerdict,
  roundDeadline,
  roundVerdict,
} from "./round-clock";

type RoundRow = typeof whiteboardRounds.$inferSelect;

/** The interview's system-design round clock, kept in the database so the limit survives reloads. */
export class DesignRounds {
  constructor(private readonly db: Database) {}

  private async find(sessionId: string): Promise<RoundRow | undefined> {
    const [row] = await this.db
      .select()
      .from(whiteboardRounds)
      .where(eq(whiteboardRounds.sessionId, sessionId));
    return row;
  }

  private verdict(session: SessionRow, row: RoundRow | undefined, now: Date): RoundVerdict {
    return roundVerdict(
      {
        startedAt: row?.startedAt ?? null,
        minutes: row?.minutes ?? session.systemDesignMinutes,
        completedAt: session.completedAt,
      },
      now,
    );
  }

  /**
   * The round as it stands, started now when it never was (the first opening wins when two race). A round
   * that can no longer start is reported, not started.
   */
  async open(session: SessionRow, now = new Date()): Promise<WhiteboardRound> {
    let row = await this.find(session.id);
    if (!row && this.verdict(session, undefined, now) === "open") {
      await this.db
        .insert(whiteboardRounds)
        .values({ sessionId: session.id, startedAt: now, minutes: roundMinutes(session) })
        .onConflictDoNothing();
      row = await this.find(session.id);
    }
    const startedAt = row?.startedAt ?? session.completedAt ?? now;
    const minutes = row?.minutes ?? roundMinutes(session);
    return {
      sessionId: session.id,
      startedAt: startedAt.toISOString(),
      deadline: roundDeadline(startedAt, minutes).toISOString(),
      minutes,
      graceSeconds: ROUND_GRACE_MS / 1000,
      now: now.toISOString(),
      state: this.verdict(session, row, now),
    };
  }

  /** Refuses a board once the round's time is over (409); the first board of a round starts its clock. */
  async admit(session: SessionRow, now = new Date()): Promise<void> {
    const { state } = await this.open(session, now);
    if (state === "time_up") {
      throw new ApiError(409, "ROUND_CLOSED", "The system-design round's time limit has passed");
    }
    if (state === "interview_over") {
      throw new ApiError(409, "SESSION_CLOSED", "This interview has ended and its design round is over");
    }
  }
}

const roundMinutes = (session: SessionRow): number => session.systemDesignMinutes ?? DEFAULT_ROUND_MINUTES;
