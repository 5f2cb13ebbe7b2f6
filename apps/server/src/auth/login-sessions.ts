import { createHmac, randomBytes } from "node:crypto";
import { and, eq, gt, lt } from "drizzle-orm";
import type { Database } from "../db/connect-database";
import { authSessions, users } from "../db/schema";

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  birthDate: string | null;
  gender: string | null;
  address: string | null;
  createdAt: Date;
}

/** Opaque random tokens; the database keeps only their HMAC, so sessions are revocable and a dump reveals none. */
export class LoginSessions {
  constructor(
    private readonly db: Database,
    private readonly secret: string,
    private readonly ttlMs: number,
  ) {}

  async create(userId: string): Promise<{ token: string; expiresAt: Date }> {
    const token = randomBytes(32).toString("base64url");
    const expiresAt = new Date(Date.now() + this.ttlMs);
    await this.db.insert(authSessions).values({ tokenHash: this.hash(token), userId, expiresAt });
    return { token, expiresAt };
  }

  async resolve(token: string): Promise<SessionUser | null> {
    if (token.length > 200) return null;
    const rows = await this.db
      .select({ user: users })
      .from(authSessions)
      .innerJoin(users, eq(users.id, authSessions.userId))
      .where(and(eq(authSessions.tokenHash, this.hash(token)), gt(authSessions.expiresAt, new Date())))
      .limit(1);
    const user = rows[0]?.user;
    if (!user) return null;
    const { passwordHash: _omit, ...rest } = user;
    return rest;
  }

  async revoke(token: string): Promise<void> {
    await this.db.delete(authSessions).where(eq(authSessions.tokenHash, this.hash(token)));
  }

  /** Removes expired sessions; run by the repeating cleanup job. Returns how many went. */
  async deleteExpired(now = new Date()): Promise<number> {
    const deleted = await this.db
      .delete(authSessions)
      .where(lt(authSessions.expiresAt, now))
      .returning({ tokenHash: authSessions.tokenHash });
    return deleted.length;
  }

  private hash(token: string) {
    return createHmac("sha256", this.secret).update(token).digest("hex");
  }
}
