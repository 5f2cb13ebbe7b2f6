import { createHmac, randomBytes } from "node:crypto";
import { and, eq, gt, lt, ne } from "drizzle-orm";
import type { Database } from "../db/connect-database";
import { authSessions, users } from "../db/schema";

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  emailVerifiedAt: Date | null;
  isAdmin: boolean;
  createdAt: Date;
}

/** How long a resolved token is trusted without asking the database again (logout here clears it at once). */
const CACHE_MS = 5_000;
const CACHE_MAX = 10_000;

/** Opaque random tokens; the database keeps only their HMAC, so sessions are revocable and a dump reveals none. */
export class LoginSessions {
  // Every API call resolves its token; a short cache spares the embedded database one query per request.
  private readonly cache = new Map<string, { user: SessionUser; until: number }>();

  constructor(
    private readonly db: Database,
    private readonly secret: string,
    private readonly ttlMs: number,
    /** 0 turns the cache off (a cluster: a logout on one node holds on every node at once). */
    private readonly cacheMs = CACHE_MS,
  ) {}

  async create(userId: string): Promise<{ token: string; expiresAt: Date }> {
    const token = randomBytes(32).toString("base64url");
    const expiresAt = new Date(Date.now() + this.ttlMs);
    await this.db.insert(authSessions).values({ tokenHash: this.hash(token), userId, expiresAt });
    return { token, expiresAt };
  }

  async resolve(token: string): Promise<SessionUser | null> {
    if (token.length > 200) return null;
    const cached = this.cacheMs > 0 ? this.cache.get(token) : undefined;
    if (cached && cached.until > Date.now()) return cached.user;
    this.cache.delete(token);
    const rows = await this.db
      .select({ user: users, expiresAt: authSessions.expiresAt })
      .from(authSessions)
      .innerJoin(users, eq(users.id, authSessions.userId))
      .where(and(eq(authSessions.tokenHash, this.hash(token)), gt(authSessions.expiresAt, new Date())))
      .limit(1);
    const row = rows[0];
    if (!row) return null;
    const { passwordHash: _omit, ...user } = row.user;
    if (this.cacheMs === 0) return user;
    if (this.cache.size >= CACHE_MAX) this.cache.clear();
    this.cache.set(token, { user, until: Math.min(Date.now() + this.cacheMs, row.expiresAt.getTime()) });
    return user;
  }

  /** Ends every login of the user (log out everywhere, password reset, deletion), or all but `keepToken`. */
  async revokeAll(userId: string, keepToken?: string): Promise<void> {
    this.forget(userId);
    const mine = eq(authSessions.userId, userId);
    await this.db
      .delete(authSessions)
      .where(keepToken ? and(mine, ne(authSessions.tokenHash, this.hash(keepToken))) : mine);
  }

  /** Drops cached copies of the user (after their email, verification or role changed). */
  forget(userId: string): void {
    for (const [token, entry] of this.cache) {
      if (entry.user.id === userId) this.cache.delete(token);
    }
  }

  async revoke(token: string): Promise<void> {
    this.cache.delete(token);
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
