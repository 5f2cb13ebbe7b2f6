import { createHmac, randomBytes } from "node:crypto";
import { and, eq, lt } from "drizzle-orm";
import type { Database } from "../db/connect-database";
import { accountTokens } from "../db/schema";

export type TokenPurpose = "verify-email" | "password-reset";

export const TOKEN_TTL_MS: Record<TokenPurpose, number> = {
  "verify-email": 48 * 3_600_000,
  "password-reset": 3_600_000,
};

/**
 * Mailed tokens: 32 random bytes (URL-safe), of which the database keeps only an HMAC under the
 * server secret. A token works once, for one purpose, before it expires, for the email it was sent to.
 */
export class AccountTokens {
  constructor(
    private readonly db: Database,
    private readonly secret: string,
  ) {}

  /** A new token; earlier ones of the same purpose for this user stop working. */
  async issue(userId: string, email: string, purpose: TokenPurpose): Promise<string> {
    const token = randomBytes(32).toString("base64url");
    await this.db.transaction(async (tx) => {
      await tx
        .delete(accountTokens)
        .where(and(eq(accountTokens.userId, userId), eq(accountTokens.purpose, purpose)));
      await tx.insert(accountTokens).values({
        tokenHash: this.hash(token, purpose),
        userId,
        purpose,
        email,
        expiresAt: new Date(Date.now() + TOKEN_TTL_MS[purpose]),
      });
    });
    return token;
  }

  /** Uses the token up; null when it is unknown, used, expired or for another purpose. */
  async consume(token: string, purpose: TokenPurpose): Promise<{ userId: string; email: string } | null> {
    const [row] = await this.db
      .delete(accountTokens)
      .where(and(eq(accountTokens.tokenHash, this.hash(token, purpose)), eq(accountTokens.purpose, purpose)))
      .returning();
    if (!row || row.expiresAt.getTime() <= Date.now()) return null;
    return { userId: row.userId, email: row.email };
  }

  async deleteExpired(now = new Date()): Promise<void> {
    await this.db.delete(accountTokens).where(lt(accountTokens.expiresAt, now));
  }

  private hash(token: string, purpose: TokenPurpose) {
    return createHmac("sha256", this.secret).update(`${purpose}:${token}`).digest("hex");
  }
}
