import type { Redis } from "ioredis";

export interface PendingTurn {
  questionId: string;
  text: string;
  durationMs?: number;
}

const KEEP_SECONDS = 600;
const key = (sessionId: string) => `studio:turn:${sessionId}`;

/**
 * A spoken answer received but not yet stored. The node writes it here before handling it and clears it
 * after; if the node dies in between, the node the candidate reconnects to finds it and runs the turn.
 * The stored answers stay the source of truth: a turn whose question was already answered is dropped.
 */
export class PendingTurns {
  constructor(private readonly redis: Redis) {}

  async save(sessionId: string, turn: PendingTurn): Promise<void> {
    await this.redis.set(key(sessionId), JSON.stringify(turn), "EX", KEEP_SECONDS);
  }

  async clear(sessionId: string): Promise<void> {
    await this.redis.del(key(sessionId));
  }

  /** The turn left behind for this interview, removed as it is read (one node re-drives it). */
  async take(sessionId: string): Promise<PendingTurn | null> {
    const raw = await this.redis.getdel(key(sessionId));
    if (!raw) return null;
    try {
      return JSON.parse(raw) as PendingTurn;
    } catch {
      return null;
    }
  }
}
